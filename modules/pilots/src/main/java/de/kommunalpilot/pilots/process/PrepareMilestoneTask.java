package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;

/**
 * Shows which milestone a task is about: its title and due date as task variables, and the title in
 * the task name.
 */
@Component("prepareMilestoneTask")
class PrepareMilestoneTask implements TaskListener {

	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final Pilots pilots;

	PrepareMilestoneTask(Pilots pilots) {
		this.pilots = pilots;
	}

	@Override
	public void notify(DelegateTask task) {
		UUID milestoneId = UUID.fromString((String) task.getVariable(MILESTONE_ID));
		var milestone = pilots.read(PilotId.of((String) task.getVariable(PILOT_ID)), pilot -> pilot.milestone(milestoneId));
		task.setVariableLocal(MILESTONE_TITLE, milestone.title());
		task.setVariableLocal(MILESTONE_DUE, GERMAN_DATE.format(milestone.dueDate()));
		task.setName(task.getName() + ": " + milestone.title());
	}
}
