package de.kommunalpilot.platform;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The open tasks of a case (by the business key of its process), for the case pages' links into
 * Tasklist. Meant for staff pages: it reads without the engine's permission checks.
 */
@Component
public class CaseTasks {

	private final TaskService taskService;
	private final EngineSystemCalls systemCalls;

	CaseTasks(TaskService taskService, EngineSystemCalls systemCalls) {
		this.taskService = taskService;
		this.systemCalls = systemCalls;
	}

	public List<OpenTask> open(String businessKey) {
		return systemCalls.run(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc()
				.list().stream().map(task -> new OpenTask(task.getId(), task.getName(), task.getAssignee(), task.getDueDate())).toList());
	}

	/** An open task; {@link #tasklistPath()} opens it in Tasklist. */
	public record OpenTask(String id, String name, String assignee, Date due) {

		public boolean overdue() {
			return due != null && due.before(new Date());
		}

		public String tasklistPath() {
			return "/camunda/app/tasklist/default/#/?task=" + id;
		}
	}
}
