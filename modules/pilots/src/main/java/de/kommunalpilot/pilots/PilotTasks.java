package de.kommunalpilot.pilots;

import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The open tasks of pilots as the process engine holds them, for the case pages; implemented by the
 * engine adapter so that pages stay free of engine types.
 */
public interface PilotTasks {

	/** Open tasks of the pilot: all of them for staff, for an expert only their own. */
	List<OpenTask> openTasks(String reference, String userId, Set<String> groups);

	/** References of pilots with an open task past its due date. */
	Set<String> referencesWithOverdueTasks();

	/** Overdue open tasks of all pilots by who holds them: a user id, or "Gruppe <id>" for unclaimed ones. */
	java.util.Map<String, Long> overdueByHolder();

	/** Tasks of the pilot that were completed, oldest first (from the engine's history of this one pilot). */
	List<CompletedTask> completedTasks(String reference);

	record CompletedTask(String name, String assignee, Date ended) {
	}

	/** The BPMN of the pilot's process and where it stands now; empty when the pilot has no process. */
	java.util.Optional<Diagram> diagram(String reference);

	record Diagram(String bpmnXml, List<String> activeActivityIds) {
	}

	/** The id of the pilot's running process instance, for the link into Cockpit. */
	String processInstanceId(String reference);

	record OpenTask(String id, String name, String assignee, String candidateGroups, Date due, Date created) {

		public boolean overdue() {
			return due != null && due.before(new Date());
		}
	}
}
