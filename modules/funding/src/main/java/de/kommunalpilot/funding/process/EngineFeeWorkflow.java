package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.FeeVariables.*;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.FeeStatement;
import de.kommunalpilot.funding.FeeWorkflow;
import de.kommunalpilot.platform.CaseTaskNaming;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.GermanNumbers;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * The engine side of {@link FeeWorkflow}: the business key of a statement's process is its reference; what its forms show
 * is written once at the start (a statement does not change).
 */
@Component
class EngineFeeWorkflow implements FeeWorkflow {

	private final RuntimeService runtime;
	private final EngineSystemCalls systemCalls;

	EngineFeeWorkflow(RuntimeService runtime, EngineSystemCalls systemCalls) {
		this.runtime = runtime;
		this.systemCalls = systemCalls;
	}

	@Override
	public void start(FeeStatement statement) {
		String items = statement.items().stream().map(item -> GermanDates.format(item.heldOn()) + " · " + item.pilotReference() + " · "
				+ GermanNumbers.number(item.hours()) + " h · " + GermanNumbers.money(item.amount())).collect(Collectors.joining("\n"));
		systemCalls.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(statement.reference())
				.setVariables(Map.of(REFERENCE, statement.reference(), EXPERT_USER, statement.expertUser(), EXPERT_NAME, statement.expertName(),
						MONTH, statement.monthLabel(), HOURS, GermanNumbers.number(statement.hours()) + " h (Tageshonorar "
								+ GermanNumbers.money(statement.dailyFee()) + " für " + GermanNumbers.number(statement.dayHours()) + " h)",
						TOTAL, GermanNumbers.money(statement.total()), ITEMS, items, SECOND_APPROVAL_NEEDED, false))
				.execute());
	}

	@Bean
	static CaseTaskNaming feeTasks() {
		return new CaseTaskNaming(PROCESS, "Honorarabrechnung", REFERENCE, EXPERT_NAME, MONTH, "/foerderung/honorare/{reference}");
	}
}
