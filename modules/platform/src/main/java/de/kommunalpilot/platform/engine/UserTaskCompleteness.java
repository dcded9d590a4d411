package de.kommunalpilot.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Stops the start-up when a user task of a deployed process (latest version) has no handler, or a
 * handler names a task no deployed process has: an unknown task fails loudly, never silently.
 */
@Component
class UserTaskCompleteness implements SmartInitializingSingleton {

	private final RepositoryService repositoryService;
	private final UserTasks handlers;
	private final EngineSystemCalls systemCalls;

	UserTaskCompleteness(RepositoryService repositoryService, UserTasks handlers, EngineSystemCalls systemCalls) {
		this.repositoryService = repositoryService;
		this.handlers = handlers;
		this.systemCalls = systemCalls;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new IllegalStateException("User tasks and handlers do not match: " + String.join("; ", problems));
		}
	}

	/** What does not match, empty when every user task has exactly one handler and every handler a task. */
	List<String> problems() {
		Set<String> deployed = new TreeSet<>();
		systemCalls.run(() -> {
			for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
				repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
						.forEach(task -> deployed.add(definition.getKey() + " " + task.getId()));
			}
		});
		List<String> problems = new ArrayList<>();
		deployed.forEach(task -> {
			String[] parts = task.split(" ");
			if (handlers.find(parts[0], parts[1]).isEmpty()) {
				problems.add("no handler for " + parts[1] + " of " + parts[0]);
			}
		});
		handlers.all().stream().map(handler -> handler.process() + " " + handler.taskKey()).filter(key -> !deployed.contains(key))
				.forEach(key -> problems.add("handler for unknown task " + key));
		return problems;
	}
}
