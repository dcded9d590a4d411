package de.kommunalpilot.platform.engine;

import java.util.Collection;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tells whether a user may work on (complete) a task: it exists, it is still open, and it is theirs —
 * assigned to them, or unassigned with them or one of their groups as candidate. Administrators may work
 * on every task. Reading a task (which leads may) is not enough.
 */
@Component
class TaskStates {

	static final String ADMINS = "camunda-admin";

	private final TaskService taskService;
	private final HistoryService historyService;
	private final EngineSystemCalls systemCalls;

	TaskStates(TaskService taskService, HistoryService historyService, EngineSystemCalls systemCalls) {
		this.taskService = taskService;
		this.historyService = historyService;
		this.systemCalls = systemCalls;
	}

	/** The open task the user may work on; otherwise the exception that says why not (404, 409, 403). */
	Task workable(String taskId, String userId, Collection<String> groups) {
		Task task = systemCalls.run(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			boolean completed = systemCalls.run(
					() -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
			throw completed ? new de.kommunalpilot.platform.ConflictException(TaskState.ALREADY_COMPLETED.message())
					: new java.util.NoSuchElementException(TaskState.NOT_FOUND.message());
		}
		if (userId == null || !mayWork(task, userId, groups)) {
			throw new de.kommunalpilot.platform.NotPermittedException(TaskState.NOT_YOURS.message());
		}
		return task;
	}

	boolean mayWork(Task task, String userId, Collection<String> groups) {
		if (groups.contains(ADMINS)) {
			return true;
		}
		if (task.getAssignee() != null) {
			return task.getAssignee().equals(userId);
		}
		return systemCalls.run(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.anyMatch(link -> userId.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId()));
	}

	/** The task's candidate groups. */
	java.util.List<String> candidateGroups(String taskId) {
		return systemCalls.run(() -> taskService.getIdentityLinksForTask(taskId)).stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId)
				.filter(java.util.Objects::nonNull).toList();
	}
}
