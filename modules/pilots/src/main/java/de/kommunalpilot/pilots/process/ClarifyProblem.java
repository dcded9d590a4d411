package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.pilots.Problem;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Problem klären“: how the reported problem was resolved. */
@Component
class ClarifyProblem extends PilotTask {

	ClarifyProblem(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(PROBLEM_DESCRIPTION, PROBLEM_REPORTED_BY)).accepts(
				FormField.textarea("problemResolution", "die Klärung", Problem.TEXT_MAX).mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		pilots.resolveProblem(pilot(task), UUID.fromString(FormValues.text(task.variable(PROBLEM_ID))), input.text("problemResolution"));
	}
}
