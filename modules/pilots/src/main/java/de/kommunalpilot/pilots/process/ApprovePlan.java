package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Umsetzungsplan freigeben“: approve, or send back with a reason that the expert sees. */
@Component
class ApprovePlan extends PilotTask {

	ApprovePlan(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(EXPERT_NAME, PLAN_SUMMARY)).accepts(Decisions.decision(PLAN_DECISION),
				Decisions.reason(PLAN_COMMENT, PLAN_DECISION));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		// the gateway routes by the decision; a send-back reason stays in the process for „Umsetzungsplan erstellen“
	}
}
