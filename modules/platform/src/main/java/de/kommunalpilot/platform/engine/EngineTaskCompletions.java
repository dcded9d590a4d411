package de.kommunalpilot.platform.engine;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.StartForm;
import de.kommunalpilot.platform.TaskCompletions;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.UserTask;

@Component
class EngineTaskCompletions implements TaskCompletions {

	private final TaskStates states;
	private final UserTasks handlers;
	private final EngineSystemCalls systemCalls;
	private final TaskService taskService;
	private final FormService formService;
	private final RepositoryService repositoryService;
	private final TransactionTemplate transactions;

	EngineTaskCompletions(TaskStates states, UserTasks handlers, EngineSystemCalls systemCalls, TaskService taskService,
			FormService formService, RepositoryService repositoryService, TransactionTemplate transactions) {
		this.states = states;
		this.handlers = handlers;
		this.systemCalls = systemCalls;
		this.taskService = taskService;
		this.formService = formService;
		this.repositoryService = repositoryService;
		this.transactions = transactions;
	}

	@Override
	public void complete(String taskId, String userId, Collection<String> groups, Map<String, Object> submitted) {
		Task task = states.workable(taskId, userId, groups);
		String process = systemCalls.run(() -> repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey());
		UserTask handler = handlers.get(process, task.getTaskDefinitionKey());
		Map<String, Object> accepted = check(handler.form(), submitted,
				name -> UserTaskPlugin.offered(systemCalls.run(() -> taskService.getVariable(taskId, name))));
		run(userId, () -> {
			taskService.complete(taskId, engineValues(accepted));
			return null;
		});
	}

	@Override
	public Started start(String processKey, String userId, Collection<String> groups, Map<String, Object> submitted) {
		ProcessDefinition definition = systemCalls.run(() -> repositoryService.createProcessDefinitionQuery()
				.processDefinitionKey(processKey).latestVersion().singleResult());
		if (definition == null) {
			throw new NoSuchElementException("Diesen Prozess gibt es nicht.");
		}
		if (!mayStart(definition, groups)) {
			throw new NotPermittedException("Diesen Prozess starten Sie nicht in der Aufgabenliste.");
		}
		TaskForm form = handlers.startForm(processKey).map(StartForm::form).orElse(TaskForm.accepting());
		Map<String, Object> accepted = check(form, submitted, name -> List.of());
		ProcessInstance instance = run(userId, () -> formService.submitStartForm(definition.getId(), engineValues(accepted)));
		return new Started(instance.getId(), definition.getId(), instance.getBusinessKey());
	}

	/** Whether the groups may start the process: administrators always, others when Tasklist offers it to their group. */
	boolean mayStart(ProcessDefinition definition, Collection<String> groups) {
		if (groups.contains(TaskStates.ADMINS)) {
			return true;
		}
		if (!definition.isStartableInTasklist()) {
			return false;
		}
		List<IdentityLink> starters = systemCalls.run(() -> repositoryService.getIdentityLinksForProcessDefinition(definition.getId()));
		return starters.stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.anyMatch(link -> link.getGroupId() != null && groups.contains(link.getGroupId()));
	}

	private static Map<String, Object> check(TaskForm form, Map<String, Object> submitted, Function<String, List<String>> offered) {
		Map<String, Object> accepted = form.accept(EngineValues.plain(submitted));
		form.validate(accepted, offered);
		return accepted;
	}

	private static Map<String, Object> engineValues(Map<String, Object> accepted) {
		Map<String, Object> values = new HashMap<>();
		accepted.forEach((name, value) -> values.put(name, EngineValues.engine(value)));
		return values;
	}

	/** Runs the engine call as the user in one transaction with the domain's writes; the domain's refusals come out as they are. */
	private <T> T run(String userId, java.util.function.Supplier<T> call) {
		try {
			return transactions.execute(status -> systemCalls.asUser(userId, call));
		}
		catch (RuntimeException e) {
			throw translate(e);
		}
	}

	static RuntimeException translate(RuntimeException exception) {
		for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException || cause instanceof ConflictException || cause instanceof NotPermittedException
					|| cause instanceof NoSuchElementException || cause instanceof IllegalArgumentException) {
				return (RuntimeException) cause;
			}
			if (cause instanceof OptimisticLockingException || cause instanceof org.springframework.dao.OptimisticLockingFailureException
					|| cause instanceof NullValueException) {
				return new ConflictException("Diese Aufgabe wurde gerade erledigt oder der Fall gleichzeitig geändert. Bitte laden Sie die Seite neu.");
			}
			if (cause instanceof AuthorizationException) {
				return new NotPermittedException(TaskState.NOT_YOURS.message());
			}
		}
		return exception;
	}
}
