package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Dokumentation prüfen“: approve, or send back with a reason that the expert sees. */
@Component
class ReviewDocumentation extends PilotTask {

	ReviewDocumentation(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows("results", "lessonsLearned", "recommendations", CLOSURE_COMMENT)).accepts(
				Decisions.decision(DOCUMENTATION_DECISION), Decisions.reason(DOCUMENTATION_COMMENT, DOCUMENTATION_DECISION));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		// the gateway routes by the decision; a send-back reason stays in the process for „Dokumentation erstellen“
	}
}
