package de.kommunalpilot.platform;

import java.security.Principal;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;


/**
 * Tells whether a user may complete a task: it exists, it is still open, and the user may work on it
 * (the engine's authorizations decide, as in Tasklist).
 */
@Component
public class TaskStates {

	private final ProcessEngineConfigurationImpl engine;
	private final TaskService taskService;
	private final HistoryService historyService;
	private final IdentityService identityService;
	private final EngineSystemCalls systemCalls;

	TaskStates(ProcessEngineConfigurationImpl engine, TaskService taskService, HistoryService historyService,
			IdentityService identityService, EngineSystemCalls systemCalls) {
		this.systemCalls = systemCalls;
		this.engine = engine;
		this.taskService = taskService;
		this.historyService = historyService;
		this.identityService = identityService;
	}

	public TaskState state(String taskId, Principal user) {
		boolean open = withoutAuthorization(() -> taskService.createTaskQuery().taskId(taskId).count() > 0);
		if (!open) {
			boolean completed = withoutAuthorization(
					() -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
			return completed ? TaskState.ALREADY_COMPLETED : TaskState.NOT_FOUND;
		}
		if (user == null) {
			return TaskState.NOT_YOURS;
		}
		Authentication previous = identityService.getCurrentAuthentication();
		try {
			List<String> groups = identityService.createGroupQuery().groupMember(user.getName()).list().stream()
					.map(Group::getId).toList();
			identityService.setAuthentication(user.getName(), groups);
			return taskService.createTaskQuery().taskId(taskId).count() > 0 ? TaskState.OPEN : TaskState.NOT_YOURS;
		}
		finally {
			if (previous == null) {
				identityService.clearAuthentication();
			}
			else {
				identityService.setAuthentication(previous);
			}
		}
	}

	/** The key of the task's process, whether or not the user may read process definitions. */
	public String processDefinitionKey(String taskId) {
		return withoutAuthorization(() -> {
			var task = taskService.createTaskQuery().taskId(taskId).singleResult();
			return task == null ? null : engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
		});
	}

	private <T> T withoutAuthorization(java.util.function.Supplier<T> query) {
		return systemCalls.run(query);
	}
}
