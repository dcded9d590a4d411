package de.kommunalpilot.pilots.process;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;


import de.kommunalpilot.platform.PageView;
import de.kommunalpilot.platform.TaskCompletions;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * The signed-in user's tasks over the app's API: {@code GET /api/tasks} pages through exactly what Tasklist
 * shows them ({@code ?page}, {@code ?size} up to 200, default 50, {@code ?reference} for one case; the earliest due first), {@code POST /api/tasks/{id}/complete} completes one with plain JSON values, exactly the
 * fields its form declares (404 unknown, 409 already completed, 403 not yours, 400 undeclared or invalid values).
 */
@RestController
@Validated
class TaskApi {

	private final TaskService taskService;
	private final RuntimeService runtimeService;
	private final TaskCompletions completions;
	private final EngineSystemCalls systemCalls;

	TaskApi(TaskService taskService, RuntimeService runtimeService, TaskCompletions completions, EngineSystemCalls systemCalls) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.completions = completions;
		this.systemCalls = systemCalls;
	}

	/**
	 * Lists the user's open tasks, earliest due first.
	 *
	 * Exactly the tasks Tasklist shows the user: a coordinator's team tasks, an expert's own. Never more than a page
	 * is read.
	 *
	 * @param page the page, from 0
	 * @param size tasks per page, 1 to 200
	 * @param reference only the tasks of this case (its reference, e.g. P-2026-0001)
	 * @return one page of tasks
	 */
	@GetMapping("/api/tasks")
	PageView<TaskView> listMyTasks(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int size, @RequestParam(required = false) @Size(max = 40) String reference) {
		TaskQuery query = taskService.createTaskQuery().active();
		if (reference != null && !reference.isBlank()) {
			query.processInstanceBusinessKey(reference.strip());
		}
		long total = query.count();
		List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc().listPage(page * size, size);
		Map<String, String> references = references(tasks);
		return PageView.of(tasks.stream()
				.map(task -> new TaskView(task.getId(), task.getName(), task.getDescription(), task.getTaskDefinitionKey(),
						task.getAssignee(), task.getDueDate(), task.getCreateTime(), references.get(task.getProcessInstanceId())))
				.toList(), page, size, total);
	}

	/** The pilot reference (business key) of each task's process, in one query instead of one per task. */
	private Map<String, String> references(List<Task> tasks) {
		Set<String> instances = tasks.stream().map(Task::getProcessInstanceId).filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet());
		if (instances.isEmpty()) {
			return Map.of();
		}
		Map<String, String> references = new HashMap<>();
		systemCalls.run(() -> runtimeService.createProcessInstanceQuery().processInstanceIds(instances).list())
				.forEach(instance -> references.put(instance.getId(), instance.getBusinessKey()));
		return references;
	}

	/**
	 * Completes one of the user's tasks.
	 *
	 * The body carries the values of the task's form, exactly the fields the form declares, as plain JSON values
	 * (text, number, true/false, a date as yyyy-mm-dd, a list for a multi-select). A field the form does not declare, a
	 * value of the wrong type or out of its limits is refused with 400 naming the field; a task of somebody else is 403,
	 * an unknown one 404, one completed meanwhile 409. The case is always the task's own, never a submitted value.
	 *
	 * @param id the task's id (from the task list)
	 * @param request the form's values
	 * @param user the signed-in user
	 */
	@PostMapping(path = "/api/tasks/{id}/complete", consumes = "application/json")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void completeTask(@PathVariable String id, @RequestBody(required = false) CompleteRequest request,
			org.springframework.security.core.Authentication user) {
		Map<String, Object> submitted = request == null || request.variables() == null ? Map.of() : request.variables();
		completions.complete(id, user.getName(), user.getAuthorities().stream()
				.map(org.springframework.security.core.GrantedAuthority::getAuthority).toList(), submitted);
	}

	/**
	 * The values of a task's form.
	 *
	 * @param variables each field the task's form declares with its value (text, number, true/false, a date as yyyy-mm-dd, a list for a multi-select); nothing else
	 */
	record CompleteRequest(Map<String, Object> variables) {
	}

	/**
	 * An open task of the user.
	 *
	 * @param id the task's id (for completing it)
	 * @param name the task's name with the case's reference and municipality
	 * @param description what to do
	 * @param taskDefinitionKey the step of the process (stable across versions)
	 * @param assignee who it is assigned to; none for a team task
	 * @param due when it is due, if it has a due date
	 * @param created when it was created
	 * @param pilotReference the case's reference
	 */
	record TaskView(@Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String id, @Schema(example = "Anfrage prüfen – P-2026-0001 Heidelberg") String name, @Schema(example = "Prüfen Sie die Anfrage der Kommune.") String description, @Schema(example = "Task_CheckEnquiry") String taskDefinitionKey, @Schema(example = "expertin") String assignee, @Schema(example = "2026-11-27T23:00:00.000+00:00") Date due,
			@Schema(example = "2026-11-20T09:15:00.000+00:00") Date created, @Schema(example = "P-2026-0001") String pilotReference) {
	}
}
