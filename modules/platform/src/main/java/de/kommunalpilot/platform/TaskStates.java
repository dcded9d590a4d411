package de.kommunalpilot.platform;

import java.security.Principal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * Tells whether a user may complete a task: it exists, it is still open, and the user may work on it
 * (the engine's authorizations decide, as in Tasklist).
 */
@Component
public class TaskStates {

	private final TaskService taskService;
	private final HistoryService historyService;
	private final EngineSystemCalls systemCalls;

	TaskStates(TaskService taskService, HistoryService historyService, EngineSystemCalls systemCalls) {
		this.taskService = taskService;
		this.historyService = historyService;
		this.systemCalls = systemCalls;
	}

	public TaskState state(String taskId, Principal user) {
		boolean open = systemCalls.run(() -> taskService.createTaskQuery().taskId(taskId).count() > 0);
		if (!open) {
			boolean completed = systemCalls.run(
					() -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
			return completed ? TaskState.ALREADY_COMPLETED : TaskState.NOT_FOUND;
		}
		if (user == null) {
			return TaskState.NOT_YOURS;
		}
		boolean visible = systemCalls.asUser(user.getName(), () -> taskService.createTaskQuery().taskId(taskId).count() > 0);
		return visible ? TaskState.OPEN : TaskState.NOT_YOURS;
	}
}
