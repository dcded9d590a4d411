package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Assignment;

import de.kommunalpilot.platform.MailOutbox;

/**
 * Invites the selected expert to advise the pilot; the answer task is already in their Tasklist.
 */
@Component("sendExpertRequest")
class SendExpertRequest implements JavaDelegate {

	private final ExpertMails mails;

	SendExpertRequest(ExpertMails mails) {
		this.mails = mails;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object reference = execution.getVariable(REFERENCE);
		Object municipality = execution.getVariable(MUNICIPALITY);
		mails.send(execution, "expert-request", "Anfrage: Beratung für " + reference + " in " + municipality,
				expert -> MailOutbox.letter(expert.name(), "wir möchten Sie für die fachliche Beratung des Pilotvorhabens "
						+ reference + " in " + municipality + " gewinnen (geplant: "
						+ execution.getVariable(CONSULTATION_DAYS) + " Beratungstage).\n\n"
						+ "Bitte nehmen Sie die Anfrage innerhalb von " + Assignment.ANSWER_DAYS + " Tagen an oder lehnen Sie sie ab:\n"
						+ mails.taskLink(execution)));
	}
}
