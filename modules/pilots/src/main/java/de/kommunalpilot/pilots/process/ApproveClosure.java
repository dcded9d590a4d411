package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Abschluss freigeben“ (leads): approve, or send back to the documentation review with a reason. */
@Component
class ApproveClosure extends PilotTask {

	ApproveClosure(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(PRACTICE_CODE, EXPERT_NAME, "results", "feedbackText")).accepts(
				Decisions.decision(CLOSURE_DECISION), Decisions.reason(CLOSURE_COMMENT, CLOSURE_DECISION));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		if (Decisions.REWORK.equals(input.text(CLOSURE_DECISION))) {
			pilots.commentClosure(pilot(task), input.text(CLOSURE_COMMENT));
		}
	}
}
