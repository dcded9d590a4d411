package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.TravelVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.TravelClaim;
import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/**
 * „Reisekosten freigeben“: a lead approves — never the checker; above the threshold a second lead as well, otherwise the
 * claim is booked now.
 */
@Component
class ApproveTravelClaim extends TravelTask {

	ApproveTravelClaim(TravelClaims claims) {
		super(claims);
	}

	@Override
	public TaskForm form() {
		return shows().accepts(FormField.choice(APPROVAL, "die Freigabe", "approve").mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		TravelClaim claim = claims.approve(task.caseReference(), task.userId());
		task.setVariable(SECOND_APPROVAL_NEEDED, claim.awaitsSecondApproval());
	}
}
