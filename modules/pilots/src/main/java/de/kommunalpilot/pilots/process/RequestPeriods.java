package de.kommunalpilot.pilots.process;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Assignment;

/**
 * The periods of an expert request for the BPMN ({@code ${requestPeriods.reminder}}, {@code answerDue()},
 * {@code deadline}), from their one home in {@link Assignment}; the mails say the same days.
 */
@Component("requestPeriods")
public class RequestPeriods {

	/** ISO-8601 duration of the reminder timer. */
	public String getReminder() {
		return Duration.ofDays(Assignment.REMINDER_DAYS).toString();
	}

	/** ISO-8601 duration after which an unanswered request goes back to selection. */
	public String getDeadline() {
		return Duration.ofDays(Assignment.ANSWER_DAYS).toString();
	}

	/** The due date of the answer task. */
	public Date answerDue() {
		return Date.from(Instant.now().plus(Duration.ofDays(Assignment.ANSWER_DAYS)));
	}
}
