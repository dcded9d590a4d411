package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Milestone;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Verzug klären“: how the overdue milestone goes on, with a new due date if agreed. */
@Component
class ClarifyDelay extends PilotTask {

	ClarifyDelay(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(MILESTONE_TITLE, MILESTONE_DUE, EXPERT_NAME)).accepts(
				FormField.textarea("delayResolution", "die Klärung", Milestone.NOTE_MAX).mandatory(),
				FormField.date("newDueDate", "das neue Fälligkeitsdatum"));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		pilots.noteDelay(pilot(task), UUID.fromString(FormValues.text(task.variable(MILESTONE_ID))), input.text("delayResolution"),
				input.date("newDueDate"));
	}
}
