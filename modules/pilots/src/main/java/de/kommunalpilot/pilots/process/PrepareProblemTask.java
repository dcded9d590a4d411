package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.pilots.Problem;

/**
 * Shows the reported problem in "Problem klären".
 */
@Component("prepareProblemTask")
class PrepareProblemTask implements TaskListener {

	private final Pilots pilots;

	PrepareProblemTask(Pilots pilots) {
		this.pilots = pilots;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID problemId = UUID.fromString((String) task.getVariable(PROBLEM_ID));
		Problem problem = pilots.read(PilotId.of((String) task.getVariable(PILOT_ID)),
				pilot -> pilot.problems().stream().filter(p -> p.id().equals(problemId)).findFirst().orElseThrow());
		task.setVariableLocal(PROBLEM_DESCRIPTION, problem.description());
		task.setVariableLocal(PROBLEM_REPORTED_BY, problem.reportedBy());
	}
}
