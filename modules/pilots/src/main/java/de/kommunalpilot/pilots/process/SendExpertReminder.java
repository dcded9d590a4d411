package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Assignment;

import de.kommunalpilot.platform.MailOutbox;

/**
 * Reminds the expert after {@link Assignment#REMINDER_DAYS} days without an answer.
 */
@Component("sendExpertReminder")
class SendExpertReminder implements JavaDelegate {

	private final ExpertMails mails;

	SendExpertReminder(ExpertMails mails) {
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object reference = execution.getVariable(REFERENCE);
		mails.send(execution, "expert-reminder", "Erinnerung: Anfrage für " + reference,
				expert -> MailOutbox.letter(expert.name(), "wir erinnern an unsere Anfrage zur Beratung des Pilotvorhabens "
						+ reference + " in " + execution.getVariable(MUNICIPALITY) + ". Ohne Antwort in den nächsten "
						+ (Assignment.ANSWER_DAYS - Assignment.REMINDER_DAYS) + " Tagen fragen wir eine andere Expert*in an.\n\n"
						+ "Zur Anfrage: " + mails.taskLink(execution)));
	}
}
