package de.kommunalpilot.experts.process;

import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.experts.ConsentTexts;
import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PublicPages;

/**
 * The automated steps of {@code expert-onboarding}, each a bean named after its step: the consent link
 * and its reminder, the rejection, closing an unconfirmed registration, and the login's membership.
 */
@Configuration(proxyBeanMethods = false)
class OnboardingSteps {

	@Bean("requestConsent")
	JavaDelegate requestConsent(Experts experts, MailOutbox outbox, PublicPages pages) {
		return execution -> withExpert(experts, execution, expert -> mail(outbox, expert, "Willkommen im Expert*innen-Pool – bitte bestätigen",
				"vielen Dank für Ihre Registrierung! Wir möchten Sie gern in den Expert*innen-Pool aufnehmen.\n\n"
						+ ConsentTexts.feeTerms(expert.dailyFee()) + "\n\nBitte bestätigen Sie über diesen persönlichen Link Ihre "
						+ "Einwilligung und die Honorarbedingungen und legen Sie Ihr Passwort fest (" + Expert.CONSENT_LINK_DAYS + " Tage gültig, einmal verwendbar):\n"
						+ consentLink(experts, pages, expert), "expert-consent"));
	}

	@Bean("remindConsent")
	JavaDelegate remindConsent(Experts experts, MailOutbox outbox, PublicPages pages) {
		return execution -> withExpert(experts, execution, expert -> mail(outbox, expert, "Erinnerung: Ihre Aufnahme in den Expert*innen-Pool",
				"Ihre Bestätigung für die Aufnahme in den Expert*innen-Pool steht noch aus. Hier ist Ihr neuer Link:\n"
						+ consentLink(experts, pages, expert), "expert-consent-reminder"));
	}

	@Bean("sendOnboardingRejection")
	JavaDelegate sendOnboardingRejection(Experts experts, MailOutbox outbox) {
		return execution -> withExpert(experts, execution, expert -> mail(outbox, expert, "Ihre Registrierung im Expert*innen-Pool",
				"vielen Dank für Ihr Interesse. Leider können wir Sie derzeit nicht in den Pool aufnehmen.\n\nBegründung: "
						+ expert.reviewNote(), "expert-rejected"));
	}

	@Bean("expireOnboarding")
	JavaDelegate expireOnboarding(Experts experts) {
		return execution -> experts.expire(expertId(execution));
	}

	@Bean("createExpertLogin")
	JavaDelegate createExpertLogin(Experts experts, MailOutbox outbox, PublicPages pages) {
		return execution -> {
			String userId = (String) execution.getVariable("expertUser");
			experts.activate(expertId(execution), userId);
			withExpert(experts, execution, expert -> mail(outbox, expert, "Ihr Zugang zum Kommunalpilot",
					"Sie sind jetzt im Expert*innen-Pool. Ihr Benutzername lautet: " + userId + "\n\nAnmelden können Sie sich hier: "
							+ pages.link("/login") + "\nIhre Aufgaben finden Sie in der Aufgabenliste.", "expert-welcome"));
		};
	}

	private static String consentLink(Experts experts, PublicPages pages, Expert expert) {
		return pages.link(PublicPages.PATH + "/einwilligung/" + experts.issueConsentToken(expert.id()));
	}

	private static void withExpert(Experts experts, DelegateExecution execution, Consumer<Expert> action) {
		action.accept(experts.get(expertId(execution)));
	}

	private static void mail(MailOutbox outbox, Expert expert, String subject, String text, String category) {
		outbox.queue(expert.email(), subject, MailOutbox.letter(expert.name(), "" + text + ""),
				category, expert.reference());
	}

	static ExpertId expertId(DelegateExecution execution) {
		return ExpertId.of((String) execution.getVariable("expertId"));
	}
}
