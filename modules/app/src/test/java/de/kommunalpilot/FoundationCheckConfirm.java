package de.kommunalpilot;

import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;
import de.kommunalpilot.platform.UserTask;

/** The handler of the test process {@code foundation-check}: every user task has one, test processes too. */
@Component
class FoundationCheckConfirm implements UserTask {

	@Override
	public String process() {
		return "foundation-check";
	}

	@Override
	public String taskKey() {
		return "Task_Confirm";
	}

	@Override
	public TaskForm form() {
		return TaskForm.accepting(FormField.checkbox("confirmed", "die Bestätigung").mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		// nothing to record: the process only proves the shared transaction
	}
}
