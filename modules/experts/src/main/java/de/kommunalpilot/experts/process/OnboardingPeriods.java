package de.kommunalpilot.experts.process;

import java.time.Duration;

import org.springframework.stereotype.Component;

import de.kommunalpilot.experts.Expert;

/**
 * The periods of the consent link for the BPMN ({@code ${onboardingPeriods.reminder}}, {@code deadline}),
 * from their one home in {@link Expert}; the mail says the same days.
 */
@Component("onboardingPeriods")
public class OnboardingPeriods {

	public String getReminder() {
		return Duration.ofDays(Expert.CONSENT_REMINDER_DAYS).toString();
	}

	public String getDeadline() {
		return Duration.ofDays(Expert.CONSENT_LINK_DAYS).toString();
	}
}
