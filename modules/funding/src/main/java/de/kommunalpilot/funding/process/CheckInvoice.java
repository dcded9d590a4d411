package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.FeeVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Rechnung prüfen“: a coordinator confirms it matches; the statement refuses while a pilot's documentation is not approved. */
@Component
class CheckInvoice extends FeeTask {

	CheckInvoice(Fees fees) {
		super(fees);
	}

	@Override
	public TaskForm form() {
		return shows().accepts(FormField.choice(CHECK, "das Ergebnis der Prüfung", "matches").mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		fees.check(task.caseReference(), task.userId());
	}
}
