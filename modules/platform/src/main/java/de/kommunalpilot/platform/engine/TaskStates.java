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

	TaskState state(String taskId, String userId, Collection<String> groups) {
		Task task = systemCalls.run(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			boolean completed = systemCalls.run(
					() -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
			return completed ? TaskState.ALREADY_COMPLETED : TaskState.NOT_FOUND;
		}
		if (userId == null) {
			return TaskState.NOT_YOURS;
		}
		return mayWork(task, userId, groups) ? TaskState.OPEN : TaskState.NOT_YOURS;
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
