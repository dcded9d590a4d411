package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.FeeVariables.*;

import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.UserTask;

/** A user task of a fee statement, named after its step; the statement is the one whose reference is the business key. */
abstract class FeeTask implements UserTask {

	final Fees fees;

	FeeTask(Fees fees) {
		this.fees = fees;
	}

	@Override
	public String process() {
		return PROCESS;
	}

	/** What every step shows: the statement, its month, hours, total and consultations. */
	static TaskForm.Builder shows() {
		return TaskForm.shows(REFERENCE, EXPERT_NAME, MONTH, HOURS, TOTAL, ITEMS);
	}
}
