package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Assignment;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.MailOutbox;

/**
 * Ten days without an answer: the request counts as unanswered, the coordinators are told and choose
 * another expert.
 */
@Component("recordNoAnswer")
class RecordNoAnswer implements JavaDelegate {

	private final Pilots pilots;
	private final MailOutbox outbox;
	private final Recipients recipients;

	RecordNoAnswer(Pilots pilots, MailOutbox outbox, Recipients recipients) {
		this.pilots = pilots;
		this.outbox = outbox;
		this.recipients = recipients;
	}

	@Override
	public void execute(DelegateExecution execution) {
		pilots.requestUnanswered(PilotId.of((String) execution.getVariable(PILOT_ID)));
		String reference = (String) execution.getVariable(REFERENCE);
		for (String coordinator : recipients.coordinators()) {
			outbox.queue(coordinator, "Keine Antwort von " + execution.getVariable(EXPERT_NAME) + " (" + reference + ")",
					execution.getVariable(EXPERT_NAME) + " hat die Anfrage für " + reference + " in "
							+ execution.getVariable(MUNICIPALITY) + " nicht innerhalb von " + Assignment.ANSWER_DAYS + " Tagen beantwortet. "
							+ "Bitte wählen Sie unter „Aufgaben“ eine andere Expert*in aus.",
					"expert-no-answer", reference);
		}
	}
}
