package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.exhibition.LoanWorkflow;
import de.kommunalpilot.platform.CaseTaskNaming;
import de.kommunalpilot.platform.engine.EngineSystemCalls;
import de.kommunalpilot.platform.GermanDates;

/**
 * The engine side of {@link LoanWorkflow}: the business key of a loan's process is its reference. The
 * process is started without engine permission checks: the public page has no user, and the module
 * decided who may request.
 */
@Component
class EngineLoanWorkflow implements LoanWorkflow {

	private final RuntimeService runtime;
	private final EngineSystemCalls systemCalls;

	EngineLoanWorkflow(RuntimeService runtime, EngineSystemCalls systemCalls) {
		this.runtime = runtime;
		this.systemCalls = systemCalls;
	}

	@Override
	public void start(Loan loan) {
		systemCalls.run(() -> runtime.createProcessInstanceByKey(PROCESS)
				.businessKey(loan.reference())
				.setVariables(Map.of(LOAN_ID, loan.id().toString(), REFERENCE, loan.reference(), MUNICIPALITY,
						loan.municipalityName(), PERIOD, GermanDates.period(loan.requestedFrom(), loan.requestedUntil()), VENUE,
						loan.venue(), DELIVERY_ADDRESS, loan.deliveryAddress(), CONTACT_NAME, loan.contactName()))
				.execute());
	}

	@Override
	public void cancel(Loan loan, String reason) {
		systemCalls.run(() -> runtime.createMessageCorrelation(MESSAGE_CANCELLED)
				.processInstanceBusinessKey(loan.reference())
				.setVariable(CANCELLATION_REASON, reason)
				.correlateWithResult());
	}

	@Bean
	static CaseTaskNaming loanTasks() {
		return new CaseTaskNaming(PROCESS, "Ausleihe der Wanderausstellung", REFERENCE, MUNICIPALITY, PERIOD, "/ausstellung/{reference}");
	}
}
