package de.kommunalpilot.pilots.process;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.EngineSystemCalls;
import de.kommunalpilot.platform.TaskForms;
import de.kommunalpilot.platform.TaskState;

/**
 * The signed-in user's tasks over the app's API: {@code GET /api/tasks} lists exactly what Tasklist
 * shows them, {@code POST /api/tasks/{id}/complete} completes one with plain JSON values
 * (404 unknown, 409 already completed, 403 not yours, 400 invalid values).
 */
@RestController
class TaskApi {

	private final TaskService taskService;
	private final RuntimeService runtimeService;
	private final TaskForms forms;
	private final EngineSystemCalls systemCalls;
	private final ObjectMapper json;

	TaskApi(TaskService taskService, RuntimeService runtimeService, TaskForms forms, EngineSystemCalls systemCalls,
			ObjectMapper json) {
		this.taskService = taskService;
		this.runtimeService = runtimeService;
		this.forms = forms;
		this.systemCalls = systemCalls;
		this.json = json;
	}

	@GetMapping("/api/tasks")
	List<TaskView> myTasks() {
		List<Task> tasks = taskService.createTaskQuery().active().orderByTaskCreateTime().asc().listPage(0, 500);
		Map<String, String> references = references(tasks);
		return tasks.stream()
				.map(task -> new TaskView(task.getId(), task.getName(), task.getDescription(), task.getTaskDefinitionKey(),
						task.getAssignee(), task.getDueDate(), task.getCreateTime(), references.get(task.getProcessInstanceId())))
				.toList();
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

	@PostMapping(path = "/api/tasks/{id}/complete", consumes = "application/json")
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) CompleteRequest request,
			java.security.Principal user) {
		Map<String, Object> submitted = request == null || request.variables() == null ? Map.of() : request.variables();
		TaskState state = forms.checkSubmission(id, user, submitted);
		switch (state) {
			case NOT_FOUND -> throw new java.util.NoSuchElementException(state.message());
			case ALREADY_COMPLETED -> throw new ConflictException(state.message());
			case NOT_YOURS -> throw new NotPermittedException(state.message());
			default -> {
			}
		}
		taskService.complete(id, engineValues(submitted));
		return ResponseEntity.noContent().build();
	}

	private Map<String, Object> engineValues(Map<String, Object> submitted) {
		Map<String, Object> values = new HashMap<>();
		submitted.forEach((name, value) -> {
			if (value instanceof List<?> || value instanceof Map<?, ?>) {
				try {
					values.put(name, SpinValues.jsonValue(json.writeValueAsString(value)).create());
				}
				catch (JsonProcessingException e) {
					throw new InvalidInputException(Map.of(name, "Kein gültiger Wert."));
				}
			}
			else {
				values.put(name, value);
			}
		});
		return values;
	}

	record CompleteRequest(Map<String, Object> variables) {
	}

	record TaskView(String id, String name, String description, String taskDefinitionKey, String assignee, Date due,
			Date created, String pilotReference) {
	}
}
