package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;


import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.engine.EngineRestAllowList;
import de.kommunalpilot.platform.engine.EngineSystemCalls;
import de.kommunalpilot.platform.GermanDates;

/**
 * The engine's REST surface as an allow-list per role, and completions that carry only what the task
 * declares — on every path (Tasklist's webapp API, {@code /engine-rest} complete and submit-form in any
 * spelling, the app's {@code /api/tasks}). Every refusal leaves the task, its variables and the other pilot
 * as they were.
 */
@IntegrationTest
class EngineSurfaceIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demoData;
	@Autowired TaskService taskService;
	@Autowired RuntimeService runtimeService;
	@Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
	@Autowired EngineSystemCalls systemCalls;
	@Autowired JdbcTemplate jdbc;

	Api coordinator;
	Api lead;
	Api expert;
	Api otherExpert;

	@BeforeEach
	void setUp() {
		demoData.ensureExperts();
		coordinator = new Api(port, "koordination");
		lead = new Api(port, "leitung");
		expert = new Api(port, "expertin");
		otherExpert = new Api(port, "experte");
	}

	/** One forbidden operation on a task or its process; {@code %t} is the task id, {@code %p} the process instance, {@code %r} the reference. */
	record Operation(String method, String path, String body) {

		String path(Task task, String reference) {
			return path.replace("%t", task.getId()).replace("%p", task.getProcessInstanceId()).replace("%r", reference);
		}

		String body(Task task, String reference) {
			return body == null ? null : body.replace("%r", reference);
		}
	}

	static final List<Operation> FORBIDDEN = List.of(
			new Operation("POST", "/engine-rest/task/%t/bpmnError", "{\"errorCode\":\"skip\"}"),
			new Operation("POST", "/engine-rest/task/%t/bpmnEscalation", "{\"escalationCode\":\"skip\"}"),
			new Operation("POST", "/engine-rest/task/%t/bpmnError/", "{\"errorCode\":\"skip\"}"),
			new Operation("POST", "/engine-rest/engine/default/TASK/%t/BpmnError", "{\"errorCode\":\"skip\"}"),
			new Operation("POST", "/engine-rest/task/%t/%62pmnError", "{\"errorCode\":\"skip\"}"),
			new Operation("PUT", "/engine-rest/task/%t", "{\"name\":\"Umbenannt\"}"),
			new Operation("POST", "/engine-rest/task/%t/delegate", "{\"userId\":\"experte\"}"),
			new Operation("POST", "/engine-rest/task/%t/assignee", "{\"userId\":\"experte\"}"),
			new Operation("POST", "/engine-rest/task/%t/identity-links", "{\"groupId\":\"experts\",\"type\":\"candidate\"}"),
			new Operation("POST", "/engine-rest/task/%t/variables", "{\"modifications\":{\"pilotId\":{\"value\":\"x\"}}}"),
			new Operation("PUT", "/engine-rest/task/%t/variables/pilotId", "{\"value\":\"x\"}"),
			new Operation("DELETE", "/engine-rest/task/%t/variables/pilotReference", null),
			new Operation("POST", "/engine-rest/task/%t/localVariables", "{\"modifications\":{\"x\":{\"value\":\"x\"}}}"),
			new Operation("POST", "/engine-rest/process-instance/%p/variables", "{\"modifications\":{\"pilotId\":{\"value\":\"x\"}}}"),
			new Operation("POST", "/engine-rest/process-instance/%p/modification",
					"{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveClosure\"}]}"),
			new Operation("DELETE", "/engine-rest/process-instance/%p", null),
			new Operation("POST", "/engine-rest/message", "{\"messageName\":\"PilotCancelled\",\"businessKey\":\"%r\"}"),
			new Operation("POST", "/engine-rest/process-definition/key/expert-onboarding/start", "{}"),
			new Operation("POST", "/engine-rest/process-definition/key/expert-assignment/start", "{}"),
			new Operation("POST", "/engine-rest/process-definition/key/exhibition-loan/start", "{}"));

	@Test
	void refusesEveryOperationOutsideTheAllowListForEveryRoleAndChangesNothing() {
		String reference = pilotAtAnswerRequest("Allow-List-Matrix");
		Task expertTask = task(reference, "Task_AnswerRequest");
		String other = createPilot("Allow-List-Kandidat");
		Task candidateTask = task(other, "Task_CheckEnquiry");

		List<String> failures = new ArrayList<>();
		for (Api user : List.of(coordinator, lead, expert, otherExpert)) {
			for (Task task : List.of(expertTask, candidateTask)) {
				String ref = task == expertTask ? reference : other;
				for (Operation operation : FORBIDDEN) {
					Snapshot before = snapshot(task);
					HttpResponse<String> response = WebClientSession.basic(port, operation.method(), operation.path(task, ref),
							user.user(), "demo", "application/json", operation.body(task, ref));
					if (response.statusCode() != 403) {
						failures.add(user.user() + " " + operation.method() + " " + operation.path() + " on " + task.getTaskDefinitionKey() + " → "
								+ response.statusCode() + " " + response.body());
					}
					if (!snapshot(task).equals(before)) {
						failures.add(user.user() + " " + operation.method() + " " + operation.path() + " changed " + task.getTaskDefinitionKey());
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	/**
	 * The matrix generated from {@link EngineRestAllowList}: every listed task operation for every role on an
	 * expert's assigned task, a coordinators' candidate task and the leads' candidate task. Each request is a
	 * probe that changes nothing when allowed (an empty completion gets 400 from validation, a claim is given
	 * back); a refusal is 403 and leaves the task as it was.
	 */
	@Test
	void allowsExactlyWhatTheAllowListGrantsPerRoleAndTask() {
		String assigned = pilotAtAnswerRequest("Matrix Expertin");
		String closure = demoData.pilotAt("CLOSURE", "08415062", "Riederich", "Matrix Abschluss");
		Map<String, Task> tasks = Map.of("assigned to expertin", task(assigned, "Task_AnswerRequest"), "coordinators' candidate",
				task(createPilot("Matrix Koordination"), "Task_CheckEnquiry"), "leads' candidate", task(closure, "Task_ApproveClosure"));
		Map<String, Set<String>> roles = Map.of("expertin", Set.of("experts"), "experte", Set.of("experts"), "koordination",
				Set.of("coordinators"), "leitung", Set.of("leads"));

		List<String> failures = new ArrayList<>();
		int probes = 0;
		for (EngineRestAllowList.Entry entry : EngineRestAllowList.ENTRIES) {
			if (!entry.path().startsWith("task/{id}")) {
				continue;
			}
			for (var role : roles.entrySet()) {
				for (var kind : tasks.entrySet()) {
					Task task = kind.getValue();
					Snapshot before = snapshot(task);
					boolean allowed = entry.groups().stream().anyMatch(role.getValue()::contains)
							&& holds(entry.scope(), role.getKey(), role.getValue(), task);
					HttpResponse<String> response = WebClientSession.basic(port, entry.method(), "/engine-rest/" + entry.path().replace("{id}",
							task.getId()), role.getKey(), "demo", "application/json", probe(entry.action(), role.getKey()));
					probes++;
					int expected = allowed ? success(entry.action()) : 403;
					if (response.statusCode() != expected) {
						failures.add(role.getKey() + " " + entry.method() + " " + entry.path() + " on the task " + kind.getKey() + ": expected "
								+ expected + ", got " + response.statusCode() + " " + response.body());
					}
					restore(task, before);
					if (!allowed && !snapshot(task).equals(before)) {
						failures.add(role.getKey() + " " + entry.method() + " " + entry.path() + " changed the task " + kind.getKey());
					}
				}
			}
		}
		cancel(assigned);
		cancel(closure);
		assertThat(probes).as("every task operation of the list, for four users and three tasks").isGreaterThanOrEqualTo(7 * 12);
		assertThat(failures).isEmpty();
	}

	/** What the allow-list's scope means for the user and the task, the way the test reads it. */
	boolean holds(EngineRestAllowList.Scope scope, String user, Set<String> groups, Task task) {
		List<String> candidates = systemCalls.run(() -> taskService.getIdentityLinksForTask(task.getId())).stream()
				.filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null).map(link -> link.getGroupId()).toList();
		return switch (scope) {
			case ANY -> true;
			case TEAM -> candidates.stream().anyMatch(groups::contains);
			case WORKABLE -> user.equals(task.getAssignee()) || task.getAssignee() == null && candidates.stream().anyMatch(groups::contains);
		};
	}

	/** A request body that, when allowed, changes nothing lasting (or something {@link #restore} takes back). */
	static String probe(EngineRestAllowList.Action action, String user) {
		return switch (action) {
			case COMPLETE -> "{\"variables\":{}}";
			case CLAIM -> "{\"userId\":\"" + user + "\"}";
			case ASSIGN -> "{\"userId\":null}";
			case COMMENT -> "{\"message\":\"Matrix\"}";
			case FOLLOW_UP -> "{\"followUp\":\"2030-01-01T00:00:00.000+0100\"}";
			default -> "{}";
		};
	}

	/** The answer an allowed probe gets: an empty completion fails validation, the rest succeeds. */
	static int success(EngineRestAllowList.Action action) {
		return switch (action) {
			case COMPLETE -> 400;
			case COMMENT -> 200;
			default -> 204;
		};
	}

	void restore(Task task, Snapshot before) {
		systemCalls.run(() -> {
			taskService.setAssignee(task.getId(), before.assignee());
			Task stored = taskService.createTaskQuery().taskId(task.getId()).singleResult();
			stored.setFollowUpDate(null);
			taskService.saveTask(stored);
		});
	}

	@Test
	void listsNoneOfTheForbiddenOperations() {
		for (Operation operation : FORBIDDEN) {
			String path = operation.path().replaceFirst("^/engine-rest(/engine/default)?/", "").replace("%t", "t-1").replace("%p", "p-1");
			if (operation.method().equals("PUT") && path.equals("task/t-1") || path.equals("task/t-1/assignee")
					|| path.startsWith("process-definition/")) {
				// listed with a condition: the follow-up date only, a hand-over within the team, a start its group may make in Tasklist
				continue;
			}
			assertThat(EngineRestAllowList.match(operation.method(), java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)))
					.as(operation.method() + " " + operation.path()).isEmpty();
		}
	}

	@Test
	void letsStaffClaimHandOverAndGiveBackTheirTeamsTasksButNotExperts() {
		String reference = createPilot("Übernehmen und weitergeben");
		Task task = task(reference, "Task_CheckEnquiry");
		String claim = "/engine-rest/task/" + task.getId() + "/claim";
		assertThat(expert.post(claim, Map.of("userId", "expertin")).statusCode()).isEqualTo(403);
		assertThat(lead.post(claim, Map.of("userId", "leitung")).statusCode()).as("not the leads' task").isEqualTo(403);
		assertThat(coordinator.post(claim, Map.of("userId", "koordination")).statusCode()).isEqualTo(204);
		assertThat(assignee(task)).isEqualTo("koordination");
		assertThat(coordinator.post("/engine-rest/task/" + task.getId() + "/assignee", Map.of("userId", "expertin")).statusCode())
				.as("never to an expert").isEqualTo(403);
		assertThat(coordinator.post("/engine-rest/task/" + task.getId() + "/assignee", Map.of("userId", "leitung")).statusCode())
				.as("only within the team").isEqualTo(403);
		assertThat(assignee(task)).isEqualTo("koordination");
		assertThat(coordinator.post("/engine-rest/task/" + task.getId() + "/unclaim", Map.of()).statusCode()).isEqualTo(204);
		assertThat(assignee(task)).isNull();
		assertThat(coordinator.get("/engine-rest/task/" + task.getId()).statusCode()).isEqualTo(200);
		assertThat(expert.get("/engine-rest/task/" + task.getId()).statusCode()).isIn(403, 404);

		// Tasklist sets the follow-up date by sending the whole task back
		com.fasterxml.jackson.databind.node.ObjectNode sent = (com.fasterxml.jackson.databind.node.ObjectNode) coordinator
				.getJson("/engine-rest/task/" + task.getId());
		sent.put("followUp", "2030-01-15T09:00:00.000+0000");
		assertThat(WebClientSession.basic(port, "PUT", "/engine-rest/task/" + task.getId(), "koordination", "demo", "application/json",
				Api.json(sent)).statusCode()).isEqualTo(204);
		assertThat(systemCalls.run(() -> taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate()))
				.isEqualTo(java.util.Date.from(java.time.Instant.parse("2030-01-15T09:00:00Z")));
		sent.put("due", "2030-01-01T09:00:00.000+0000");
		assertThat(WebClientSession.basic(port, "PUT", "/engine-rest/task/" + task.getId(), "koordination", "demo", "application/json",
				Api.json(sent)).statusCode()).as("the due date comes from the process").isEqualTo(403);
	}

	/**
	 * The finding that started it: an expert completes their own „Dokumentation erstellen“ with the id of
	 * another pilot that is already in closure. On every path: 400 naming {@code pilotId}, and the other
	 * pilot (phase, texts, history, process variables) and the own task unchanged.
	 */
	@Test
	void refusesUndeclaredVariablesOnEveryCompletionPathAndLeavesTheOtherPilotAlone() {
		String victim = demoData.pilotAt("CLOSURE", "08415087", "Walddorfhäslach", "Fremdes Pilotvorhaben", "experte");
		String victimId = coordinator.getJson("/api/pilots/" + victim).path("id").asText();
		assertThat(expert.get("/api/pilots/" + victim).statusCode()).as("not the expert's pilot").isEqualTo(403);
		Map<String, Object> victimBefore = pilotRow(victim);
		Map<String, Object> victimVariables = processVariables(victim);
		String reference = demoData.pilotAt("DOCUMENTATION", "08415039", "Hülben", "Eigenes Pilotvorhaben");
		Task task = task(reference, "Task_WriteDocumentation");
		Snapshot before = snapshot(task);
		Map<String, Object> documentation = Map.of("results", "Überschrieben", "lessonsLearned", "Überschrieben");
		Map<String, Object> tampered = Map.of("variables", Map.of("results", Map.of("value", "Überschrieben"), "lessonsLearned",
				Map.of("value", "Überschrieben"), "pilotId", Map.of("value", victimId)));

		List<HttpResponse<String>> answers = new ArrayList<>();
		for (String path : List.of("/engine-rest/task/%s/complete", "/engine-rest/task/%s/submit-form", "/engine-rest/task/%s/complete/",
				"/engine-rest/engine/default/Task/%s/Submit-Form", "/engine-rest/task/%s/%%63omplete")) {
			answers.add(expert.post(String.format(path, task.getId()), tampered));
		}
		Map<String, Object> plain = new java.util.HashMap<>(documentation);
		plain.put("pilotId", victimId);
		answers.add(expert.post("/api/tasks/" + task.getId() + "/complete", Map.of("variables", plain)));
		WebClientSession tasklist = new WebClientSession(port);
		tasklist.login("expertin", "demo");
		tasklist.get("/camunda/app/tasklist/default/");
		answers.add(tasklist.sendJsonToWebappApi("POST", "/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
				Api.json(tampered)));
		assertThat(tasklist.postToWebappApiWithoutCsrfToken("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form",
				Api.json(Map.of("variables", Map.of("results", Map.of("value", "x"), "lessonsLearned", Map.of("value", "x"))))).statusCode())
				.as("the webapps' CSRF token is required before anything is carried out").isEqualTo(403);

		assertThat(answers).allSatisfy(answer -> {
			assertThat(answer.statusCode()).as(answer.uri() + ": " + answer.body()).isEqualTo(400);
			assertThat(answer.body()).contains("pilotId");
		});
		// a doubled slash never gets past the firewall
		assertThat(expert.post("/engine-rest//task/" + task.getId() + "/complete", tampered).statusCode()).isEqualTo(400);
		assertThat(snapshot(task)).isEqualTo(before);
		assertThat(pilotRow(victim)).isEqualTo(victimBefore);
		assertThat(processVariables(victim)).isEqualTo(victimVariables);

		// the same completion without the foreign id goes to the own pilot, once
		HttpResponse<String> valid = expert.post("/api/tasks/" + task.getId() + "/complete", Map.of("variables", documentation));
		assertThat(valid.statusCode()).as(valid.body()).isEqualTo(204);
		assertThat(expert.post("/api/tasks/" + task.getId() + "/complete", Map.of("variables", documentation)).statusCode()).isEqualTo(409);
		assertThat(coordinator.getJson("/api/pilots/" + reference).path("results").asText()).isEqualTo("Überschrieben");
		assertThat(pilotRow(victim)).isEqualTo(victimBefore);
		assertThat(processVariables(victim)).isEqualTo(victimVariables);
		cancel(reference);
		cancel(victim);
	}

	Map<String, Object> processVariables(String reference) {
		return systemCalls.run(() -> stringValues(runtimeService.getVariables(
				runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId())));
	}

	/**
	 * Every user task of every deployed process, started right at the task (without the listeners, so no
	 * case is needed): a completion with an undeclared variable is 400 naming it, even for the administrator,
	 * and the task stays open.
	 */
	@Test
	void refusesAnUndeclaredVariableOnEveryUserTaskOfEveryProcess() {
		String implementation = demoData.pilotAt("IMPLEMENTATION", "08415048", "Mehrstetten", "Jede Aufgabe");
		Map<String, Object> variables = new java.util.HashMap<>(systemCalls.run(() -> runtimeService.getVariables(
				runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(implementation).singleResult().getId())));
		variables.put("expertUser", "expertin");
		variables.put("milestoneId", systemCalls.run(() -> taskService.getVariable(task(implementation, "Task_ImplementMilestone").getId(),
				"milestoneId")));
		variables.put("shipBy", new java.util.Date());
		variables.put("returnBy", new java.util.Date());
		Api admin = new Api(port, "admin");
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (var definition : systemCalls.run(() -> repositoryService.createProcessDefinitionQuery().latestVersion().list())) {
			for (var userTask : repositoryService.getBpmnModelInstance(definition.getId())
					.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class)) {
				var instance = systemCalls.run(() -> runtimeService.createProcessInstanceById(definition.getId()).businessKey(implementation)
						.setVariables(variables).startBeforeActivity(userTask.getId()).execute(true, true));
				Task task = systemCalls.run(() -> taskService.createTaskQuery().processInstanceId(instance.getId())
						.taskDefinitionKey(userTask.getId()).singleResult());
				HttpResponse<String> response = admin.post("/engine-rest/task/" + task.getId() + "/complete",
						Map.of("variables", Map.of("pilotId", Map.of("value", "00000000-0000-0000-0000-000000000000"))));
				if (response.statusCode() != 400 || !response.body().contains("pilotId")) {
					failures.add(definition.getKey() + "/" + userTask.getId() + ": " + response.statusCode() + " " + response.body());
				}
				if (systemCalls.run(() -> taskService.createTaskQuery().taskId(task.getId()).count()) != 1) {
					failures.add(definition.getKey() + "/" + userTask.getId() + " was completed");
				}
				systemCalls.run(() -> runtimeService.deleteProcessInstance(instance.getId(), "test", true, true));
				checked++;
			}
		}
		cancel(implementation);
		assertThat(checked).as("the user tasks of all deployed processes").isGreaterThanOrEqualTo(23);
		assertThat(failures).isEmpty();
	}

	@Test
	void refusesCompletionsOfTasksThatAreNotTheUsersOwn() {
		String reference = createPilot("Nicht Ihre Aufgabe");
		Task task = task(reference, "Task_CheckEnquiry");
		Map<String, Object> accept = Map.of("variables", Map.of("enquiryDecision", "accept"));
		assertThat(lead.post("/api/tasks/" + task.getId() + "/complete", accept).statusCode()).isEqualTo(403);
		assertThat(expert.post("/api/tasks/" + task.getId() + "/complete", accept).statusCode()).isEqualTo(403);
		assertThat(lead.post("/engine-rest/task/" + task.getId() + "/complete/",
				Map.of("variables", Map.of("enquiryDecision", Map.of("value", "accept")))).statusCode()).isEqualTo(403);
		assertThat(coordinator.post("/api/tasks/does-not-exist/complete", accept).statusCode()).isEqualTo(404);
		assertThat(coordinator.post("/engine-rest/task/" + task.getId() + "/complete", "{\"variables\":{\"a\":{\"value\":1},\"a\":{\"value\":2}}}")
				.statusCode()).as("duplicate keys").isEqualTo(400);
		assertThat(task(reference, "Task_CheckEnquiry").getId()).isEqualTo(task.getId());
	}

	@Test
	void startsOnlyWhatTheGroupMayStartInTasklistAndOnlyWithItsStartForm() {
		HttpResponse<String> withBusinessKey = coordinator.post("/engine-rest/process-definition/key/pilot-implementation/start",
				Map.of("businessKey", "P-2026-9999", "variables", Map.of()));
		assertThat(withBusinessKey.statusCode()).isEqualTo(400);
		HttpResponse<String> withPilotId = coordinator.post("/engine-rest/process-definition/key/pilot-implementation/submit-form",
				Map.of("variables", Map.of("pilotId", Map.of("value", "00000000-0000-0000-0000-000000000000"))));
		assertThat(withPilotId.statusCode()).isEqualTo(400);
		assertThat(withPilotId.body()).contains("pilotId");
		assertThat(expert.post("/engine-rest/process-definition/key/pilot-implementation/start", Map.of("variables", Map.of())).statusCode())
				.isEqualTo(403);
		HttpResponse<String> started = coordinator.post("/engine-rest/process-definition/key/exchange-meeting/submit-form",
				Map.of("variables", Map.of("title", Map.of("value", "Treffen aus der Aufgabenliste"))));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		assertThat(Api.parse(started.body()).path("id").asText()).isNotBlank();
	}

	// --- helpers

	record Snapshot(String name, String description, String assignee, String owner, Object delegation, Map<String, Object> variables,
			boolean active) {
	}

	Snapshot snapshot(Task task) {
		return systemCalls.run(() -> {
			Task current = taskService.createTaskQuery().taskId(task.getId()).singleResult();
			boolean active = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).count() == 1;
			return current == null ? new Snapshot(null, null, null, null, null, Map.of(), active)
					: new Snapshot(current.getName(), current.getDescription(), current.getAssignee(), current.getOwner(),
							current.getDelegationState(), Map.copyOf(new java.util.TreeMap<>(stringValues(taskService.getVariables(task.getId())))), active);
		});
	}

	private static Map<String, Object> stringValues(Map<String, Object> variables) {
		Map<String, Object> values = new java.util.HashMap<>();
		variables.forEach((name, value) -> values.put(name, String.valueOf(value)));
		return values;
	}

	Map<String, Object> pilotRow(String reference) {
		Map<String, Object> row = new java.util.HashMap<>(jdbc.queryForMap("select * from pilot_pilot where reference = ?", reference));
		row.put("history", jdbc.queryForObject(
				"select count(*) from pilot_phase_change c join pilot_pilot p on p.id = c.pilot_id where p.reference = ?", Long.class, reference));
		return row;
	}

	/** Ends a pilot the test drove, so that its expert's workload is as before for the tests that rank experts. */
	void cancel(String reference) {
		HttpResponse<String> cancelled = coordinator.post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Testende"));
		assertThat(cancelled.statusCode()).as(cancelled.body()).isLessThan(300);
	}

	String assignee(Task task) {
		return systemCalls.run(() -> taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee());
	}

	Task task(String reference, String key) {
		Task task = systemCalls.run(() -> taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key)
				.singleResult());
		assertThat(task).as(key + " of " + reference).isNotNull();
		return task;
	}

	String createPilot(String title) {
		HttpResponse<String> created = coordinator.post("/api/pilots", Map.of("ags", "08416036", "municipalityName",
				"Stadt Rottenburg am Neckar", "title", title, "enquiry", "Wir möchten ein Vorhaben umsetzen.", "contactName", "Frau Weber",
				"contactEmail", "weber@rottenburg.example.org"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Api.parse(created.body()).path("reference").asText();
	}

	String pilotAtAnswerRequest(String title) {
		String reference = createPilot(title);
		coordinator.complete(reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept"));
		coordinator.complete(reference, "Task_CaptureNeeds", Map.of("needs", "Schulen wollen globales Lernen anbieten.", "sdgs",
				List.of("4", "10"), "primarySdg", "4", "topic", "EDUCATION", "targetGroups", "Schüler*innen", "plannedStart",
				LocalDate.now(GermanDates.ZONE).plusDays(7).toString(), "plannedEnd", LocalDate.now(GermanDates.ZONE).plusMonths(6).toString()));
		coordinator.complete(reference, "Task_ChoosePractice", Map.of("practiceCode",
				coordinator.getJson("/api/pilots/" + reference).path("recommendedPractices").path(0).asText("BP-06")));
		String expertId = null;
		for (JsonNode ranked : coordinator.getJson("/api/pilots/" + reference + "/expert-ranking")) {
			if ("expertin".equals(ranked.path("userId").asText())) {
				expertId = ranked.path("expertId").asText();
			}
		}
		coordinator.complete(reference, "Task_SelectExpert", Map.of("expertId", expertId, "consultationDays", 3));
		return reference;
	}

}
