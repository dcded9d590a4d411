package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * What Tasklist's header and cards link to, per signed-in user: the app's pages they may open, whether
 * they may start a process, a task's case page only for a task they can see; and the landing filter of
 * each group (the lowest priority it sees).
 */
@IntegrationTest
class TasklistLinksIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired TaskService taskService;
	@Autowired FilterService filterService;

	JsonNode navigation(String user) {
		WebClientSession session = new WebClientSession(port);
		session.login(user, "demo");
		return Api.parse(session.get("/tasklist/navigation").body());
	}

	@Test
	void theHeaderOffersThePagesEachRoleMayOpen() {
		JsonNode coordinator = navigation("koordination");
		assertThat(coordinator.path("links").findValuesAsText("label")).containsExactly("Pilotvorhaben", "Dashboard", "Austauschtreffen",
				"Kommunen", "Expert*innen", "Ausstellung", "Förderung", "Handreichung");
		assertThat(coordinator.path("cockpit").asBoolean()).isFalse();
		assertThat(navigation("leitung").path("cockpit").asBoolean()).isTrue();
		JsonNode expert = navigation("expertin");
		assertThat(expert.path("links").findValuesAsText("path")).containsExactly("/pilotvorhaben", "/reisekosten", "/handreichung");
		assertThat(new WebClientSession(port).get("/tasklist/navigation").statusCode()).isEqualTo(302);
	}

	@Test
	void tasklistLeavesOutCreatingTasksAndStartingAProcessForWhoCanStartNone() {
		assertThat(tasklistPage("expertin")).contains("<base cam-exclude-plugins=\"tasklist.navbar.action:create-task-action,"
				+ "tasklist.navbar.action:start-process-action\"").contains("app-name=\"tasklist\"");
		assertThat(tasklistPage("koordination")).as("no one creates a task without a case")
				.contains("<base cam-exclude-plugins=\"tasklist.navbar.action:create-task-action\"");
	}

	private String tasklistPage(String user) {
		WebClientSession session = new WebClientSession(port);
		session.login(user, "demo");
		var page = session.get("/camunda/app/tasklist/default/");
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	@Test
	void aTaskLinksToItsCaseOnlyForWhoCanSeeIt() {
		demo.ensureExperts();
		String reference = demo.pilotAt("PLANNING", "08415029", "Grafenberg", "Verlinkt", "expertin");
		String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_CreatePlan").singleResult()
				.getId();
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		HttpResponse<String> found = expert.get("/tasklist/aufgaben/" + task + "/vorgang");
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(Api.parse(found.body()).path("path").asText()).isEqualTo("/pilotvorhaben/" + reference);

		WebClientSession other = new WebClientSession(port);
		other.login("experte", "demo");
		assertThat(other.get("/tasklist/aufgaben/" + task + "/vorgang").statusCode()).isEqualTo(404);
		assertThat(other.get("/tasklist/aufgaben/keine-aufgabe/vorgang").statusCode()).isEqualTo(404);
		new Api(port, "koordination").post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
	}

	@Test
	void everyGroupLandsOnItsOwnFilter() {
		Map<String, String> landing = Map.of("koordination", "Koordination — offen", "leitung", "Projektleitung — offen", "expertin",
				"Meine Aufgaben");
		landing.forEach((user, filter) -> {
			JsonNode filters = new Api(port, user).getJson("/engine-rest/filter?resourceType=Task");
			String first = null;
			int lowest = Integer.MAX_VALUE;
			for (JsonNode candidate : filters) {
				int priority = candidate.path("properties").path("priority").asInt();
				if (priority < lowest) {
					lowest = priority;
					first = candidate.path("name").asText();
				}
			}
			assertThat(first).as(user).isEqualTo(filter);
		});
		List<Filter> leads = filterService.createFilterQuery().filterName("Projektleitung — offen").list();
		assertThat(leads).hasSize(1);
	}
}
