package de.kommunalpilot.funding.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.Funding;

/**
 * The periods of a fee statement for the BPMN ({@code ${feePeriods.confirmDue()}}, {@code ${feePeriods.confirmReminder}}),
 * from their one home in the funding terms ({@code kommunalpilot.funding.fee-confirm-days}, {@code …-reminder-days});
 * the reminder mail says the same days.
 */
@Component("feePeriods")
public class FeePeriods {

	private final Funding funding;

	FeePeriods(Funding funding) {
		this.funding = funding;
	}

	/** The due date of „Honorarabrechnung bestätigen“. */
	public Date confirmDue() {
		return Date.from(Instant.now().plus(Duration.ofDays(funding.terms().feeConfirmDays())));
	}

	/** ISO-8601 duration after which the expert is reminded to confirm. */
	public String getConfirmReminder() {
		return Duration.ofDays(funding.terms().feeConfirmReminderDays()).toString();
	}
}
