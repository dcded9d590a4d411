package de.kommunalpilot.platform;

import java.util.Date;

/**
 * Told whenever a user task gets an assignee — when a process creates it for someone, when staff hand
 * it over, or when someone takes it — in the transaction of that change (the mail outbox joins it, so
 * nothing is sent for a change that rolls back).
 */
public interface TaskAssignments {

	void assigned(AssignedTask task);

	/**
	 * @param by who assigned it ({@code system} for the process itself); equal to the assignee when they took it
	 * @param caseReference the business key of the task's process
	 */
	record AssignedTask(String id, String name, String assignee, Date due, String caseReference, String by) {

		public boolean takenByThemselves() {
			return assignee != null && assignee.equals(by);
		}

		/** The path that opens the task in Tasklist. */
		public String tasklistPath() {
			return "/camunda/app/tasklist/default/#/?task=" + id;
		}
	}
}
