package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Dokumentation erstellen“ (the expert): results, lessons learned, recommendations. */
@Component
class WriteDocumentation extends PilotTask {

	WriteDocumentation(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(DOCUMENTATION_COMMENT)).accepts(
				FormField.textarea("results", "die Ergebnisse", Pilot.DOCUMENTATION_MAX).mandatory(),
				FormField.textarea("lessonsLearned", "die Erfahrungen", Pilot.DOCUMENTATION_MAX).mandatory(),
				FormField.textarea("recommendations", "die Empfehlungen", Pilot.DOCUMENTATION_MAX));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		pilots.document(pilot(task), input.text("results"), input.text("lessonsLearned"), input.text("recommendations"));
	}
}
