package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.FeeVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Honorarabrechnung bestätigen“: the expert confirms their statement of the month; only they can. */
@Component
class ConfirmFeeStatement extends FeeTask {

	ConfirmFeeStatement(Fees fees) {
		super(fees);
	}

	@Override
	public TaskForm form() {
		return shows().accepts(FormField.choice(CONFIRMATION, "die Bestätigung", "confirm").mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		fees.confirm(task.caseReference(), task.userId());
	}
}
