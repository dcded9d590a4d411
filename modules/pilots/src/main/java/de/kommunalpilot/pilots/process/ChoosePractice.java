package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Best Practice festlegen“: one of the practices the decision table proposed. */
@Component
class ChoosePractice extends PilotTask {

	ChoosePractice(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows()).accepts(FormField.offered(PRACTICE_CODE, "eine der vorgeschlagenen Best Practices", PRACTICE_OPTIONS)
				.mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		pilots.choosePractice(pilot(task), input.text(PRACTICE_CODE));
	}
}
