package de.kommunalpilot.platform.engine;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.platform.CaseTaskNaming;
import de.kommunalpilot.platform.CaseTasks;
import de.kommunalpilot.platform.Navigation;

/**
 * What Tasklist's header and task cards link to ({@code app/kommunalpilot/tasklist.js}), for the signed-in
 * session: the app's pages the user may open, whether they may open Cockpit, and the
 * case page of a task they can see (204 when its case has no page). A task the user cannot see answers
 * like one that does not exist.
 */
@RestController
class TasklistLinks {

	private final Navigation navigation;
	private final ObjectProvider<CaseTaskNaming> namings;
	private final TaskService tasks;
	private final RuntimeService runtime;
	private final RepositoryService repository;
	private final EngineSystemCalls calls;

	TasklistLinks(Navigation navigation, ObjectProvider<CaseTaskNaming> namings, TaskService tasks, RuntimeService runtime,
			RepositoryService repository, EngineSystemCalls calls) {
		this.navigation = navigation;
		this.namings = namings;
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.calls = calls;
	}

	@GetMapping(path = "/tasklist/navigation", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> navigation(Authentication user) {
		List<Navigation.Entry> visible = navigation.visibleTo(user);
		List<Map<String, String>> links = visible.stream().filter(Navigation.Entry::page)
				.map(entry -> Map.of("label", entry.label(), "path", entry.path())).toList();
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("links", links);
		// Tasklist links a task to its process in Cockpit; who may not open Cockpit is not shown the link
		answer.put("cockpit", visible.stream().anyMatch(entry -> entry.key().equals("cockpit")));
		return answer;
	}

	/** See {@link CaseTasks#taskOfProcessPath}: the user's earliest due task of the instance that they can see. */
	@GetMapping("/tasklist/prozesse/{processInstanceId}/aufgabe")
	ResponseEntity<Void> taskOfProcess(@PathVariable String processInstanceId, Authentication user) {
		Task task = calls.asUser(user.getName(), () -> tasks.createTaskQuery().processInstanceId(processInstanceId)
				.orderByDueDate().asc().listPage(0, 1)).stream().findFirst().orElse(null);
		String target = task == null ? "/camunda/app/tasklist/default/" : new CaseTasks.OpenTask(task.getId(), task.getName(), task.getAssignee(),
				task.getDueDate()).tasklistPath();
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(target)).build();
	}

	@GetMapping(path = "/tasklist/aufgaben/{taskId}/vorgang", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, String>> caseOf(@PathVariable String taskId, Authentication user) {
		Task task = calls.asUser(user.getName(), () -> tasks.createTaskQuery().taskId(taskId).singleResult());
		if (task == null || task.getProcessInstanceId() == null) {
			return ResponseEntity.notFound().build();
		}
		return calls.run(() -> {
			ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
			String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
			Optional<CaseTaskNaming> naming = namings.orderedStream().filter(n -> n.processKey().equals(key)).findFirst();
			String page = naming.map(n -> n.casePageOf(instance == null ? null : instance.getBusinessKey())).orElse(null);
			if (page == null) {
				// a task of a case without a page of its own (a registration): nothing to link to
				return ResponseEntity.noContent().<Map<String, String>>build();
			}
			return ResponseEntity.ok(Map.of("reference", instance.getBusinessKey(), "kind", naming.get().kind(), "path", page));
		});
	}
}
