package de.kommunalpilot.exhibition.process;

import java.util.UUID;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.UserTask;

/** A user task of a loan, named after its step; the loan is the one whose reference is the business key. */
abstract class LoanTask implements UserTask {

	final Exhibition exhibition;

	LoanTask(Exhibition exhibition) {
		this.exhibition = exhibition;
	}

	@Override
	public String process() {
		return LoanVariables.PROCESS;
	}

	UUID loan(TaskContext task) {
		return exhibition.read(task.caseReference(), Loan::id);
	}

	/** The coordination's steps go to the responsible coordinator, or to the substitute while they are away. */
	@Override
	public String coordinatorFor(TaskContext task) {
		return exhibition.coordinatorForNextStep(task.caseReference()).orElse(null);
	}
}
