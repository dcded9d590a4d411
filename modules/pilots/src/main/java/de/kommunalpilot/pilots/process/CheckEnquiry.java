package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Anfrage prüfen“: accept, or decline with a reason (the decline itself is the next step, „Absage versenden“). */
@Component
class CheckEnquiry extends PilotTask {

	CheckEnquiry(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(TITLE, "enquiry", "contactName", "contactEmail")).accepts(
				FormField.choice(ENQUIRY_DECISION, "Annehmen oder Ablehnen", "accept", "decline").mandatory(),
				FormField.textarea(DECLINE_REASON, "eine Begründung", Pilot.COMMENT_MAX).mandatory().when(ENQUIRY_DECISION, "decline"));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		// the gateway routes by the decision; „Absage versenden“ records a decline on the pilot.
		// Who accepts the enquiry looks after the case from now on.
		if ("accept".equals(input.text(ENQUIRY_DECISION)) && !"system".equals(task.userId())) {
			pilots.takeResponsibility(pilot(task), task.userId());
		}
	}
}
