package de.kommunalpilot.processes;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Stands in for the beans that give the BPMN its periods ({@code requestPeriods}, {@code onboardingPeriods}). */
public class Periods {

	private final Duration reminder;
	private final Duration deadline;

	Periods(Duration reminder, Duration deadline) {
		this.reminder = reminder;
		this.deadline = deadline;
	}

	public String getReminder() {
		return reminder.toString();
	}

	public String getDeadline() {
		return deadline.toString();
	}

	public Date answerDue() {
		return Date.from(Instant.now().plus(deadline));
	}
}
