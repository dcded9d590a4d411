package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.FeeVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.FeeStatement;
import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/**
 * „Zahlung freigeben“: a lead approves — never the one who checked; above the threshold the process asks a second lead
 * („Zahlung zusätzlich freigeben“), otherwise the fee is booked now.
 */
@Component
class ApprovePayment extends FeeTask {

	ApprovePayment(Fees fees) {
		super(fees);
	}

	@Override
	public TaskForm form() {
		return shows().accepts(FormField.choice(APPROVAL, "die Freigabe", "approve").mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		FeeStatement statement = fees.approve(task.caseReference(), task.userId());
		task.setVariable(SECOND_APPROVAL_NEEDED, statement.awaitsSecondApproval());
	}
}
