package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.platform.GermanDates;

/**
 * Books a kit for the requested period or finds an alternative, and sets the timers: the shipping task
 * comes up two days before the kit has to leave, the return check the day after the exhibition ends.
 */
@Component("checkAvailability")
class CheckAvailability implements JavaDelegate {

	private final Exhibition exhibition;

	CheckAvailability(Exhibition exhibition) {
		this.exhibition = exhibition;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID loanId = UUID.fromString((String) execution.getVariable(LOAN_ID));
		Exhibition.Availability availability = exhibition.checkAvailability(loanId);
		execution.setVariable(AVAILABLE, availability.available());
		if (availability.available()) {
			execution.setVariable(KIT_NAME, availability.kitName());
			int buffer = exhibition.shippingBufferDays();
			Loan loan = exhibition.read(loanId, l -> l);
			LocalDate leaves = loan.requestedFrom().minusDays(buffer);
			execution.setVariable(SHIP_AT, at(leaves.minusDays(2)));
			execution.setVariable(SHIP_BY, at(leaves));
			execution.setVariable(RETURN_AT, at(loan.requestedUntil().plusDays(1)));
			execution.setVariable(RETURN_BY, at(loan.requestedUntil().plusDays(buffer + 2)));
		}
	}

	static Date at(LocalDate day) {
		return Date.from(day.atTime(LocalTime.of(8, 0)).atZone(GermanDates.ZONE).toInstant());
	}
}
