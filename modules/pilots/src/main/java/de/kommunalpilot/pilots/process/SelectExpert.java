package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Expert*in auswählen“: one of the ranked experts and the planned consultation days; the request goes to them. */
@Component
class SelectExpert extends AssignmentTask {

	SelectExpert(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows()).accepts(
				FormField.offered(EXPERT_ID, "eine der vorgeschlagenen Expert*innen", EXPERT_OPTIONS).mandatory(),
				FormField.number(CONSULTATION_DAYS, "die Beratungstage", Pilot.MIN_CONSULTATION_DAYS, Pilot.MAX_CONSULTATION_DAYS)
						.mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		PilotId pilot = pilot(task);
		Integer days = input.number(CONSULTATION_DAYS).intValue();
		String expertUser = pilots.requestExpert(pilot, ExpertId.of(input.text(EXPERT_ID)), days);
		String name = pilots.read(pilot, p -> p.assignments().get(p.assignments().size() - 1).expertName());
		task.setVariable(EXPERT_USER, expertUser);
		task.setVariable(EXPERT_NAME, name);
		task.setVariable(CONSULTATION_DAYS, days);
	}
}
