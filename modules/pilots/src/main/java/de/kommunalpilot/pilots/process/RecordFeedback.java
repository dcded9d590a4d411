package de.kommunalpilot.pilots.process;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Rückmeldung der Kommune erfassen“: satisfaction 1 to 5 and the municipality's words (or its own link does it). */
@Component
class RecordFeedback extends PilotTask {

	RecordFeedback(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows()).accepts(
				FormField.choice("feedbackRating", "die Zufriedenheit", "5", "4", "3", "2", "1").mandatory(),
				FormField.textarea("feedbackText", "die Rückmeldung", Pilot.FEEDBACK_MAX).mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		pilots.recordFeedback(pilot(task), input.integer("feedbackRating"), input.text("feedbackText"));
	}
}
