package de.kommunalpilot.platform;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The one place that checks what a form submits, whichever way it arrives (Tasklist, the engine's REST
 * API, the app's API, or a completion inside the engine): the modules' {@link TaskFormValidator}s for the
 * process, applied to the task's variables with the submitted values on top.
 */
@Component
public class TaskForms {

	private final List<TaskFormValidator> validators;
	private final TaskStates states;
	private final EngineSystemCalls systemCalls;
	private final TaskService taskService;
	private final RepositoryService repositoryService;

	TaskForms(List<TaskFormValidator> validators, TaskStates states, EngineSystemCalls systemCalls,
			TaskService taskService, RepositoryService repositoryService) {
		this.validators = validators;
		this.states = states;
		this.systemCalls = systemCalls;
		this.taskService = taskService;
		this.repositoryService = repositoryService;
	}

	/** Checks the values of a form; throws {@link InvalidInputException} with a message per field. */
	public void validate(String processDefinitionKey, String formKey, Map<String, Object> values) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		validators.stream().filter(validator -> validator.supports(processDefinitionKey))
				.forEach(validator -> validator.validate(formKey, values, violations));
		violations.throwIfAny();
	}

	/**
	 * Whether the user may complete the task with these values: a state other than {@link TaskState#OPEN}
	 * says why not (404, 409, 403); invalid values throw {@link InvalidInputException}.
	 */
	public TaskState checkSubmission(String taskId, Principal user, Map<String, Object> submitted) {
		TaskState state = states.state(taskId, user);
		if (state != TaskState.OPEN) {
			return state;
		}
		Submission task = systemCalls.run(() -> {
			Task open = taskService.createTaskQuery().taskId(taskId).singleResult();
			return new Submission(repositoryService.getProcessDefinition(open.getProcessDefinitionId()).getKey(),
					open.getTaskDefinitionKey(), taskService.getVariables(taskId));
		});
		Map<String, Object> values = new HashMap<>(task.variables());
		values.putAll(submitted);
		validate(task.processDefinitionKey(), task.taskDefinitionKey(), values);
		return TaskState.OPEN;
	}

	private record Submission(String processDefinitionKey, String taskDefinitionKey, Map<String, Object> variables) {
	}
}
