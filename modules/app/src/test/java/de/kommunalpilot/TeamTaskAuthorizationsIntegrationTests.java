package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * Coordinators and leads read tasks through one grant per group, not one authorization row per task (which made
 * Tasklist's coordinator list cost the square of the open tasks); their per-task rows carry only the permission to
 * work on the task, so who may claim or complete what is unchanged, and experts still see only their own tasks.
 */
@IntegrationTest
class TeamTaskAuthorizationsIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired TaskService taskService;
	@Autowired FilterService filterService;
	@Autowired IdentityService identityService;
	@Autowired AuthorizationService authorizationService;
	@Autowired EngineSystemCalls systemCalls;
	@Autowired JdbcTemplate jdbc;
	@Autowired ApplicationContext context;

	/** The task rows a coordinator's or lead's task query joins: per-task grants with READ for the teams. */
	long teamReadRows() {
		return jdbc.queryForObject("""
				select count(*) from act_ru_authorization
				where type_ = 1 and resource_type_ = 7 and resource_id_ <> '*' and (perms_ & 2) = 2
				  and (group_id_ in ('coordinators', 'leads') or user_id_ in ('koordination', 'leitung'))""", Long.class);
	}

	@Test
	void teamsReadTasksThroughTheirGroupAndWorkOnlyOnTheirOwn() {
		long before = teamReadRows();
		String first = demo.pilotAt("INTAKE", "08416022", "Kirchentellinsfurt", "Rechte ohne Zeile eins");
		String second = demo.pilotAt("INTAKE", "08416015", "Gomaringen", "Rechte ohne Zeile zwei");
		String withExpert = demo.pilotAt("IMPLEMENTATION", "08416009", "Dettenhausen", "Rechte der Expertin", "expertin");
		assertThat(teamReadRows()).as("no READ row per coordinator task").isEqualTo(before);

		Task coordinatorTask = task(first, q -> q.taskCandidateGroup("coordinators").includeAssignedTasks());
		Authorization row = systemCalls.run(() -> authorizationService.createAuthorizationQuery().groupIdIn("coordinators")
				.resourceType(Resources.TASK).resourceId(coordinatorTask.getId()).singleResult());
		assertThat(row.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
		assertThat(row.isPermissionGranted(TaskPermissions.READ)).isFalse();

		// the coordinator sees the team's tasks in Tasklist's filter and over the REST API, and the counts agree
		Api coordinator = new Api(port, "koordination");
		assertThat(coordinator.getJson("/engine-rest/task?processInstanceBusinessKey=" + first).findValuesAsText("id"))
				.contains(coordinatorTask.getId());
		String filter = systemCalls.run(() -> filterService.createFilterQuery().filterName("Koordination — offen").singleResult().getId());
		long engineCount = systemCalls.run(() -> taskService.createTaskQuery().taskCandidateGroup("coordinators").includeAssignedTasks()
				.active().count());
		assertThat(coordinator.getJson("/engine-rest/filter/" + filter + "/count").path("count").asLong()).isGreaterThanOrEqualTo(2)
				.isLessThanOrEqualTo(engineCount);

		// claiming adds a work row for the user, again without READ; the claimed task stays visible
		assertThat(coordinator.post("/engine-rest/task/" + coordinatorTask.getId() + "/claim", Map.of("userId", "koordination"))
				.statusCode()).isEqualTo(204);
		assertThat(teamReadRows()).isEqualTo(before);
		assertThat(coordinator.getJson("/engine-rest/task?assignee=koordination&processInstanceBusinessKey=" + first)).hasSize(1);

		// the expert: READ and work on the own task, nothing of the coordinators' tasks
		Task expertTask = task(withExpert, q -> q.taskAssignee("expertin"));
		Authorization expertRow = systemCalls.run(() -> authorizationService.createAuthorizationQuery().userIdIn("expertin")
				.resourceType(Resources.TASK).resourceId(expertTask.getId()).singleResult());
		assertThat(expertRow.isPermissionGranted(TaskPermissions.READ)).isTrue();
		assertThat(new Api(port, "expertin").getJson("/engine-rest/task?processInstanceBusinessKey=" + withExpert)
				.findValuesAsText("id")).contains(expertTask.getId());
		for (String other : List.of(first, second)) {
			assertThat(new Api(port, "expertin").getJson("/engine-rest/task?processInstanceBusinessKey=" + other)).isEmpty();
			assertThat(new Api(port, "experte").getJson("/engine-rest/task?processInstanceBusinessKey=" + other)).isEmpty();
		}
		assertThat(new Api(port, "experte").getJson("/engine-rest/task?processInstanceBusinessKey=" + withExpert)).isEmpty();

		// reading the expert's task is what coordinators could do before through the process instance; working on it
		// is refused by the engine itself, not only by the REST guard
		assertThat(coordinator.get("/engine-rest/task/" + expertTask.getId()).statusCode()).isEqualTo(200);
		identityService.setAuthentication("koordination", List.of("coordinators"));
		try {
			assertThatThrownBy(() -> taskService.complete(expertTask.getId())).isInstanceOf(AuthorizationException.class);
			assertThatThrownBy(() -> taskService.claim(expertTask.getId(), "koordination")).isInstanceOf(AuthorizationException.class);
		}
		finally {
			identityService.clearAuthentication();
		}
		for (String reference : List.of(first, second, withExpert)) {
			coordinator.post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}

	@Test
	void takesReadOffTheRowsAnEarlierVersionGaveTheTeams() {
		String pilot = demo.pilotAt("INTAKE", "08416036", "Rottenburg am Neckar", "Rechte aus früherer Version");
		Task task = task(pilot, q -> q.taskCandidateGroup("coordinators").includeAssignedTasks());
		systemCalls.run(() -> {
			Authorization row = authorizationService.createAuthorizationQuery().groupIdIn("coordinators").resourceType(Resources.TASK)
					.resourceId(task.getId()).singleResult();
			row.addPermission(TaskPermissions.READ);
			authorizationService.saveAuthorization(row);
		});
		assertThat(teamReadRows()).as(jdbc.queryForList("select group_id_, user_id_, perms_ from act_ru_authorization where resource_id_ = ?",
				task.getId()).toString()).isPositive();

		context.getBeansOfType(SmartInitializingSingleton.class).values().stream()
				.filter(bean -> bean.getClass().getSimpleName().startsWith("IdentitySetup")).findFirst().orElseThrow()
				.afterSingletonsInstantiated();

		assertThat(teamReadRows()).isZero();
		assertThat(new Api(port, "koordination").getJson("/engine-rest/task?processInstanceBusinessKey=" + pilot).findValuesAsText("id"))
				.contains(task.getId());
		new Api(port, "koordination").post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));
	}

	Task task(String reference, java.util.function.UnaryOperator<TaskQuery> filter) {
		return systemCalls.run(() -> filter.apply(taskService.createTaskQuery().processInstanceBusinessKey(reference)).list().get(0));
	}
}
