package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.practices.Practices;
import de.kommunalpilot.platform.GermanDates;

/**
 * One pilot from enquiry to "abgeschlossen" over HTTP, as three people: the coordinator, the assigned
 * expert and a lead, each completing only their own tasks.
 */
@IntegrationTest
class PilotLifecycleIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demoData;
	@Autowired Practices practices;

	Api coordinator;
	Api expert;
	Api otherExpert;
	Api lead;

	@BeforeEach
	void setUp() {
		demoData.ensureExperts();
		coordinator = new Api(port, "koordination");
		expert = new Api(port, "expertin");
		otherExpert = new Api(port, "experte");
		lead = new Api(port, "leitung");
	}

	@Test
	void runsAPilotFromEnquiryToCompletionAsThreeUsers() {
		String reference = createPilot("Globales Lernen an Rottenburger Schulen");
		String firstMilestone = null;
		for (PilotLifecycle.Step step : PilotLifecycle.steps(expertId(reference, "expertin"))) {
			Api actor = switch (step.actor()) {
				case COORDINATOR -> coordinator;
				case EXPERT -> expert;
				case LEAD -> lead;
			};
			String taskId = actor.task(reference, step.taskKey());
			Map<String, Object> body = Map.of("variables", step.values());
			if (step.taskKey().equals("Task_AnswerRequest")) {
				assertThat(otherExpert.post("/api/tasks/" + taskId + "/complete", body).statusCode()).as("another expert").isEqualTo(403);
				assertThat(coordinator.post("/api/tasks/" + taskId + "/complete", body).statusCode()).as("the coordinators").isEqualTo(403);
			}
			if (step.taskKey().equals("Task_ApproveClosure")) {
				assertThat(coordinator.post("/api/tasks/" + taskId + "/complete", body).statusCode()).as("not the lead").isEqualTo(403);
			}
			if (taskId.equals(firstMilestone)) {
				throw new AssertionError("the first milestone's task is still open");
			}
			actor.complete(reference, step.taskKey(), step.values());
			if (step.taskKey().equals("Task_ImplementMilestone") && firstMilestone == null) {
				firstMilestone = taskId;
				HttpResponse<String> twice = expert.post("/api/tasks/" + firstMilestone + "/complete", Map.of("variables",
						Map.of("milestoneResult", "noch einmal", "consultationDate", LocalDate.now(GermanDates.ZONE).toString(), "consultationHours", 1)));
				assertThat(twice.statusCode()).isEqualTo(409);
				assertThat(twice.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
			}
		}

		JsonNode pilot = coordinator.getJson("/api/pilots/" + reference);
		assertThat(pilot.path("phase").asText()).isEqualTo("COMPLETED");
		assertThat(pilot.path("closedAt").isNull()).isFalse();
		assertThat(phases(pilot)).containsExactly("ENQUIRY", "INTAKE", "PRACTICE_SELECTION", "EXPERT_ASSIGNMENT", "KICK_OFF",
				"PLANNING", "IMPLEMENTATION", "DOCUMENTATION", "FEEDBACK", "CLOSURE", "COMPLETED");
		assertThat(pilot.path("totalHours").decimalValue()).isEqualByComparingTo(PilotLifecycle.TOTAL_HOURS);
		assertThat(pilot.path("experts").get(0).path("expertUser").asText()).isEqualTo("expertin");
		assertThat(pilot.path("experts").get(0).path("hours").decimalValue()).isEqualByComparingTo(PilotLifecycle.TOTAL_HOURS);
		assertThat(pilot.path("milestones")).allMatch(m -> m.path("status").asText().equals("DONE"));
		assertThat(pilot.path("chosenPractices").get(0).asText()).isEqualTo("BP-06");
		assertThat(practices.get("BP-06").evidence()).anyMatch(e -> e.pilotReference().equals(reference));
		assertThat(coordinator.getJson("/api/tasks?reference=" + reference).path("totalElements").asLong()).as("no open task").isZero();
	}

	@Test
	void secondExpertCannotSeeOrCompleteTheFirstExpertsTasks() {
		String reference = createPilot("Faire Beschaffung in Rottenburg");
		coordinator.complete(reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept"));
		coordinator.complete(reference, "Task_CaptureNeeds", Map.of("needs", "Beschaffung umstellen", "sdgs", List.of("12"),
				"primarySdg", "12", "topic", "FAIR_TRADE", "targetGroups", "Verwaltung",
				"plannedStart", LocalDate.now(GermanDates.ZONE).plusDays(1).toString(), "plannedEnd", LocalDate.now(GermanDates.ZONE).plusMonths(3).toString()));
		coordinator.complete(reference, "Task_ChoosePractice", Map.of("practiceCode", "BP-02"));
		coordinator.complete(reference, "Task_SelectExpert", Map.of("expertId", expertId(reference, "expertin"),
				"consultationDays", 2));
		String taskId = expert.task(reference, "Task_AnswerRequest");

		// engine REST
		assertThat(otherExpert.get("/engine-rest/task").body()).doesNotContain(taskId).doesNotContain(reference);
		assertThat(otherExpert.get("/engine-rest/task/" + taskId).statusCode()).isIn(403, 404);
		assertThat(otherExpert.get("/engine-rest/task/" + taskId + "/form-variables").statusCode()).isIn(403, 404);
		HttpResponse<String> engineComplete = otherExpert.post("/engine-rest/task/" + taskId + "/complete",
				Map.of("variables", Map.of("requestAnswer", Map.of("value", "accept"))));
		assertThat(engineComplete.statusCode()).isEqualTo(403);
		assertThat(otherExpert.get("/engine-rest/process-instance").body()).doesNotContain(reference);
		assertThat(otherExpert.get("/engine-rest/history/task").body()).doesNotContain(taskId);

		// the app's API
		assertThat(otherExpert.getJson("/api/tasks?reference=" + reference).path("totalElements").asLong()).isZero();
		assertThat(otherExpert.get("/api/tasks?size=200").body()).doesNotContain(taskId);
		assertThat(otherExpert.get("/api/pilots/" + reference).statusCode()).isEqualTo(403);
		assertThat(otherExpert.get("/api/pilots").body()).doesNotContain(reference);
		assertThat(otherExpert.post("/api/tasks/" + taskId + "/complete",
				Map.of("variables", Map.of("requestAnswer", "accept"))).statusCode()).isEqualTo(403);

		// the first expert sees and completes it
		assertThat(expert.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
		assertThat(expert.getJson("/api/pilots").toString()).contains(reference);
		expert.complete(reference, "Task_AnswerRequest", Map.of("requestAnswer", "decline"));
		assertThat(coordinator.getJson("/api/pilots/" + reference).path("experts").get(0).path("status").asText())
				.isEqualTo("DECLINED");
	}

	@Test
	void rejectsInvalidEnquiriesWithoutCreatingAnything() {
		long before = coordinator.getJson("/api/pilots?size=1").path("totalElements").asLong();
		String instancesBefore = coordinator.get("/engine-rest/history/process-instance/count?processDefinitionKey=pilot-implementation").body();

		HttpResponse<String> invalidAgs = coordinator.post("/api/pilots", Map.of("ags", "12345678", "municipalityName", "X",
				"title", "Titel", "enquiry", "Text"));
		HttpResponse<String> missing = coordinator.post("/api/pilots", Map.of("ags", "08416036", "title", "Titel",
				"enquiry", "Text"));
		HttpResponse<String> tooLong = coordinator.post("/api/pilots", Map.of("ags", "08416036", "municipalityName", "X",
				"title", "T".repeat(201), "enquiry", "Text"));
		HttpResponse<String> malformed = coordinator.post("/api/pilots", "{\"ags\": ");
		HttpResponse<String> badEmail = coordinator.post("/api/pilots", Map.of("ags", "08416036", "municipalityName", "X",
				"title", "Titel", "enquiry", "Text", "contactEmail", "keine-mail"));

		for (HttpResponse<String> response : List.of(invalidAgs, missing, tooLong, malformed, badEmail)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		}
		assertThat(invalidAgs.body()).contains("\"ags\"");
		assertThat(missing.body()).contains("\"municipalityName\"");
		assertThat(tooLong.body()).contains("\"title\"");
		assertThat(badEmail.body()).contains("\"contactEmail\"");
		assertThat(coordinator.getJson("/api/pilots?size=1").path("totalElements").asLong()).isEqualTo(before);
		assertThat(coordinator.get("/engine-rest/history/process-instance/count?processDefinitionKey=pilot-implementation").body())
				.isEqualTo(instancesBefore);
	}

	@Test
	void rejectsInvalidFormValuesOverTheEngineRestApi() {
		String reference = createPilot("Klimaschutz in Rottenburg");
		String taskId = coordinator.task(reference, "Task_CheckEnquiry");

		HttpResponse<String> response = coordinator.post("/engine-rest/task/" + taskId + "/submit-form",
				Map.of("variables", Map.of("enquiryDecision", Map.of("value", "decline"))));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("declineReason");
		assertThat(coordinator.task(reference, "Task_CheckEnquiry")).isEqualTo(taskId);

		coordinator.complete(reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept"));
		String needs = coordinator.task(reference, "Task_CaptureNeeds");
		HttpResponse<String> unknownSdg = coordinator.post("/api/tasks/" + needs + "/complete", Map.of("variables",
				Map.of("needs", "x", "sdgs", List.of("18"), "primarySdg", "18", "topic", "WEATHER", "targetGroups", "y",
						"plannedStart", "2030-02-01", "plannedEnd", "2030-01-01")));
		assertThat(unknownSdg.statusCode()).isEqualTo(400);
		assertThat(unknownSdg.body()).contains("\"sdgs\"", "\"primarySdg\"", "\"topic\"");
		// the fields are well-formed now; the pilot's own rule refuses the timeframe, in the same transaction as the step
		HttpResponse<String> endBeforeStart = coordinator.post("/api/tasks/" + needs + "/complete", Map.of("variables",
				Map.of("needs", "x", "sdgs", List.of("11"), "primarySdg", "11", "topic", "CLIMATE", "targetGroups", "y",
						"plannedStart", "2030-02-01", "plannedEnd", "2030-01-01")));
		assertThat(endBeforeStart.statusCode()).isEqualTo(400);
		assertThat(endBeforeStart.body()).contains("\"plannedEnd\"").doesNotContain("\"sdgs\"");
		assertThat(coordinator.task(reference, "Task_CaptureNeeds")).isEqualTo(needs);
		assertThat(coordinator.getJson("/api/pilots/" + reference).path("sdgs").size()).isZero();
	}

	private String createPilot(String title) {
		HttpResponse<String> created = coordinator.post("/api/pilots", PilotLifecycle.enquiry(title));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String reference = Api.parse(created.body()).path("reference").asText();
		assertThat(reference).matches("P-\\d{4}-\\d{4}");
		return reference;
	}

	private String expertId(String reference, String userId) {
		for (JsonNode ranked : coordinator.getJson("/api/pilots/" + reference + "/expert-ranking")) {
			if (userId.equals(ranked.path("userId").asText())) {
				return ranked.path("expertId").asText();
			}
		}
		throw new AssertionError(userId + " is not in the ranking of " + reference);
	}

	private static List<String> phases(JsonNode pilot) {
		List<String> phases = new ArrayList<>();
		pilot.path("phaseHistory").forEach(change -> phases.add(change.path("phase").asText()));
		return phases;
	}
}
