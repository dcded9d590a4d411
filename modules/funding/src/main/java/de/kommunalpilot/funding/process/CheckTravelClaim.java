package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.TravelVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.ExpertPayment;
import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskInput;

/**
 * „Reisekosten prüfen“: a coordinator checks the claim against its receipts (a fare only with its ticket) — or gives it
 * back to the expert with a reason, which ends the process.
 */
@Component
class CheckTravelClaim extends TravelTask {

	CheckTravelClaim(TravelClaims claims) {
		super(claims);
	}

	@Override
	public de.kommunalpilot.platform.TaskForm form() {
		return shows().accepts(FormField.choice(CHECK, "das Ergebnis der Prüfung", MATCHES, GIVE_BACK).mandatory(),
				FormField.checkbox(RECEIPTS, "ob die Belege vorliegen").when(CHECK, MATCHES),
				FormField.textarea(RETURN_REASON, "den Grund für die Rückgabe", ExpertPayment.RETURN_REASON_MAX).mandatory().when(CHECK, GIVE_BACK));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		if (GIVE_BACK.equals(input.text(CHECK))) {
			claims.giveBack(task.caseReference(), task.userId(), input.text(RETURN_REASON));
		}
		else {
			claims.check(task.caseReference(), task.userId(), input.isTrue(RECEIPTS));
		}
	}
}
