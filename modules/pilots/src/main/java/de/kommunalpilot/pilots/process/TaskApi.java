package de.kommunalpilot.pilots.process;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
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
import de.kommunalpilot.platform.TaskFormValidator;
import de.kommunalpilot.platform.TaskState;
import de.kommunalpilot.platform.TaskStates;

/**
 * The signed-in user's tasks over the app's API: {@code GET /api/tasks} lists exactly what Tasklist
 * shows them, {@code POST /api/tasks/{id}/complete} completes one with plain JSON values
 * (404 unknown, 409 already completed, 403 not yours, 400 invalid values).
 */
@RestController
class TaskApi {

	private final TaskService taskService;
	private final RepositoryService repositoryService;
	private final TaskStates taskStates;
	private final List<TaskFormValidator> validators;
	private final ObjectMapper json;

	TaskApi(TaskService taskService, RepositoryService repositoryService, TaskStates taskStates,
			List<TaskFormValidator> validators, ObjectMapper json) {
		this.taskService = taskService;
		this.repositoryService = repositoryService;
		this.taskStates = taskStates;
		this.validators = validators;
		this.json = json;
	}

	@GetMapping("/api/tasks")
	List<TaskView> myTasks() {
		return taskService.createTaskQuery().active().orderByTaskCreateTime().asc().listPage(0, 500).stream()
				.map(task -> new TaskView(task.getId(), task.getName(), task.getDescription(), task.getTaskDefinitionKey(),
						task.getAssignee(), task.getDueDate(), task.getCreateTime(),
						(String) taskService.getVariable(task.getId(), ProcessVariables.REFERENCE)))
				.toList();
	}

	@PostMapping(path = "/api/tasks/{id}/complete", consumes = "application/json")
	ResponseEntity<Void> complete(@PathVariable String id, @RequestBody(required = false) CompleteRequest request,
			java.security.Principal user) {
		TaskState state = taskStates.state(id, user);
		switch (state) {
			case NOT_FOUND -> throw new java.util.NoSuchElementException(state.message());
			case ALREADY_COMPLETED -> throw new ConflictException(state.message());
			case NOT_YOURS -> throw new NotPermittedException(state.message());
			default -> {
			}
		}
		Task task = taskService.createTaskQuery().taskId(id).singleResult();
		Map<String, Object> submitted = request == null || request.variables() == null ? Map.of() : request.variables();
		String processKey = taskStates.processDefinitionKey(id);
		Map<String, Object> merged = new HashMap<>(taskService.getVariables(id));
		merged.putAll(submitted);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		validators.stream().filter(validator -> validator.supports(processKey))
				.forEach(validator -> validator.validate(task.getTaskDefinitionKey(), merged, violations));
		violations.throwIfAny();
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
