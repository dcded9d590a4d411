package de.kommunalpilot.platform;

import java.util.Date;
import java.util.List;

/**
 * The open tasks of a case (by the business key of its process), for the case pages' links into
 * Tasklist. Meant for staff pages: it reads without the engine's permission checks.
 */
public interface CaseTasks {

	List<OpenTask> open(String businessKey);

	/** The case's open tasks of {@code group} that are unassigned or {@code from}'s are given to {@code to}. */
	void handOver(String businessKey, String group, String from, String to);

	/**
	 * Opens in Tasklist the task of a process instance that waits for the signed-in user (Tasklist itself when
	 * there is none), for mails sent before the task exists: an invitation written in the step before the answer.
	 */
	static String taskOfProcessPath(String processInstanceId) {
		return "/tasklist/prozesse/" + processInstanceId + "/aufgabe";
	}

	/** An open task; {@link #tasklistPath()} opens it in Tasklist. */
	record OpenTask(String id, String name, String assignee, Date due) {

		public boolean overdue() {
			return due != null && due.before(new Date());
		}

		public String tasklistPath() {
			return "/camunda/app/tasklist/default/#/?task=" + id;
		}
	}
}
