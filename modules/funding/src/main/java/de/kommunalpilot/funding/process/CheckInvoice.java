package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.FeeVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.ExpertPayment;
import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/**
 * „Rechnung prüfen“: a coordinator confirms it matches (the statement refuses while a pilot's documentation is not approved)
 * or gives it back with a reason, which ends the process and frees the hours.
 */
@Component
class CheckInvoice extends FeeTask {

	CheckInvoice(Fees fees) {
		super(fees);
	}

	@Override
	public TaskForm form() {
		return shows().accepts(FormField.choice(CHECK, "das Ergebnis der Prüfung", MATCHES, GIVE_BACK).mandatory(),
				FormField.textarea(RETURN_REASON, "den Grund für die Rückgabe", ExpertPayment.RETURN_REASON_MAX).mandatory().when(CHECK, GIVE_BACK));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		if (GIVE_BACK.equals(input.text(CHECK))) {
			fees.giveBack(task.caseReference(), task.userId(), input.text(RETURN_REASON));
		}
		else {
			fees.check(task.caseReference(), task.userId());
		}
	}
}
