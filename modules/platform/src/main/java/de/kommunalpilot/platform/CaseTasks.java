package de.kommunalpilot.platform;

import java.util.Date;
import java.util.List;

/**
 * The open tasks of a case (by the business key of its process), for the case pages' links into
 * Tasklist. Meant for staff pages: it reads without the engine's permission checks.
 */
public interface CaseTasks {

	List<OpenTask> open(String businessKey);

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
