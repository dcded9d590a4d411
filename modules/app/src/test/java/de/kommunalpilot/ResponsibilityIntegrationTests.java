package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import de.kommunalpilot.platform.GermanDates;

/**
 * Fallverantwortung: who accepts an enquiry looks after the pilot, and the coordination's next steps of
 * the pilot are theirs (still visible to the team); a handover to another coordinator moves the open steps
 * along, tells the new one by mail and shows in the timeline; the list finds „Meine Pilotvorhaben“. Loans and
 * meetings the same.
 */
@IntegrationTest
class ResponsibilityIntegrationTests {

	@LocalServerPort int port;
	@Autowired TaskService taskService;
	@Autowired IdentityService identityService;
	@Autowired JdbcTemplate jdbc;
	@Autowired de.kommunalpilot.pilots.process.demo.DemoData demo;

	Task open(String reference) {
		return taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
	}

	@Test
	void whoAcceptsTheEnquiryGetsTheNextStepsUntilTheyHandTheCaseOver() {
		String colleague = TestUsers.create(identityService, "kollegin", "Kollegin-Passwort-2026", "coordinators");
		User account = identityService.createUserQuery().userId(colleague).singleResult();
		account.setEmail("kollegin@kommunalpilot.invalid");
		identityService.saveUser(account);

		Api coordinator = new Api(port, "koordination");
		String reference = Api.parse(coordinator.post("/api/pilots", Map.of("ags", "08416009", "municipalityName", "Dettenhausen",
				"title", "Wer ist zuständig?", "enquiry", "Text")).body()).path("reference").asText();
		assertThat(open(reference).getAssignee()).as("nobody has the case before it is accepted").isNull();
		coordinator.complete(reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept"));

		Task next = open(reference);
		assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_CaptureNeeds");
		assertThat(next.getAssignee()).isEqualTo("koordination");
		assertThat(taskService.getIdentityLinksForTask(next.getId())).extracting(IdentityLink::getGroupId).contains("coordinators");
		assertThat(jdbc.queryForObject("select responsible_coordinator from pilot_pilot where reference = ?", String.class, reference))
				.isEqualTo("koordination");

		WebClientSession page = new WebClientSession(port);
		page.login("koordination", "demo");
		assertThat(page.get("/pilotvorhaben?verantwortlich=ich&groesse=200").body()).contains(reference);
		String csrf = page.csrfTokenFrom("/pilotvorhaben/" + reference);
		assertThat(page.postForm("/pilotvorhaben/" + reference + "/verantwortung", "_csrf=" + csrf + "&to=expertin").statusCode())
				.isEqualTo(302);
		assertThat(open(reference).getAssignee()).as("not to someone outside the coordination").isEqualTo("koordination");

		assertThat(page.postForm("/pilotvorhaben/" + reference + "/verantwortung", "_csrf=" + csrf + "&to=" + colleague).statusCode())
				.isEqualTo(302);
		assertThat(open(reference).getAssignee()).isEqualTo(colleague);
		assertThat(jdbc.queryForObject("""
				select count(*) from platform_mail_outbox where category = 'task-assigned' and recipient = 'kollegin@kommunalpilot.invalid'
				and reference = ?""", Integer.class, reference)).isOne();
		String detail = page.get("/pilotvorhaben/" + reference).body();
		assertThat(detail).contains("Fallverantwortung übergeben", "an Test kollegin", "Fallverantwortung übernommen");
		assertThat(page.get("/pilotvorhaben?verantwortlich=ich&groesse=200").body()).doesNotContain(reference);

		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.postForm("/pilotvorhaben/" + reference + "/verantwortung", "_csrf=" + expert.csrfTokenFrom("/pilotvorhaben")
				+ "&to=koordination").statusCode()).isEqualTo(403);
		coordinator.post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
	}

	@Test
	void whileTheResponsibleCoordinatorIsAwayTheNextStepGoesToTheSubstitute() {
		String colleague = TestUsers.create(identityService, "vertretung", "Vertretung-Passwort-2026", "coordinators");
		demo.ensureExperts();
		String reference = demo.pilotAt("INTAKE", "08416022", "Kirchentellinsfurt", "Während der Abwesenheit");
		assertThat(open(reference).getAssignee()).isEqualTo("koordination");

		WebClientSession page = new WebClientSession(port);
		page.login("koordination", "demo");
		String csrf = page.csrfTokenFrom("/pilotvorhaben/" + reference);
		assertThat(page.postForm("/pilotvorhaben/" + reference + "/vertretung", "_csrf=" + csrf + "&substitute=" + colleague).statusCode())
				.isEqualTo(302);
		assertThat(page.get("/pilotvorhaben/" + reference).body()).contains("Vertretung bei Abwesenheit:", "Test vertretung");
		assertThat(page.postForm("/profil/abwesenheit", "_csrf=" + page.csrfTokenFrom("/profil") + "&absent=on").statusCode()).isEqualTo(302);
		try {
			Api coordinator = new Api(port, "koordination");
			Map<String, Object> needs = new java.util.HashMap<>(Map.of("needs", "Bedarf", "sdgs", java.util.List.of("10"), "primarySdg", "10",
					"topic", "INTEGRATION", "targetGroups", "Vereine", "plannedStart", java.time.LocalDate.now(GermanDates.ZONE).plusWeeks(2).toString(),
					"plannedEnd", java.time.LocalDate.now(GermanDates.ZONE).plusMonths(9).toString(), "budget", 25000));
			assertThat(coordinator.submit(taskService, reference, "Task_CaptureNeeds", needs).statusCode()).isEqualTo(204);
			Task next = open(reference);
			assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_ChoosePractice");
			assertThat(next.getAssignee()).isEqualTo(colleague);
		}
		finally {
			page.postForm("/profil/abwesenheit", "_csrf=" + page.csrfTokenFrom("/profil"));
			new Api(port, "koordination").post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}

	@Test
	void loansAndMeetingsHaveAResponsibleCoordinatorWhomTheirOpenStepsFollow() {
		String colleague = TestUsers.create(identityService, "ausleihkollege", "Ausleih-Kollege-2026", "coordinators");
		Api coordinator = new Api(port, "koordination");
		WebClientSession page = new WebClientSession(port);
		page.login("koordination", "demo");

		// a loan: handed over while it waits for confirmation, its open step goes along; who confirms keeps it
		java.time.LocalDate from = java.time.LocalDate.now(GermanDates.ZONE).plusDays(700);
		var created = coordinator.post("/api/exhibition/loans", ExhibitionIntegrationTests.request("SET-B", from, from.plusDays(10),
				"verantwortung@ulm.example.org"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String loan = Api.parse(created.body()).path("reference").asText();
		assertThat(open(loan).getAssignee()).isNull();
		assertThat(page.get("/ausstellung/" + loan).body()).contains("Fallverantwortung", "wer die Ausleihe bestätigt, übernimmt sie");
		String csrf = page.csrfTokenFrom("/ausstellung/" + loan);
		assertThat(page.postForm("/ausstellung/" + loan + "/verantwortung", "_csrf=" + csrf + "&to=" + colleague).statusCode()).isEqualTo(302);
		assertThat(open(loan).getAssignee()).isEqualTo(colleague);
		assertThat(jdbc.queryForObject("select responsible_coordinator from exhibition_loan where reference = ?", String.class, loan))
				.isEqualTo(colleague);
		assertThat(page.get("/ausstellung/" + loan).body()).contains("übergeben an Test ausleihkollege durch Sabine Kaiser");
		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		assertThat(lead.postForm("/ausstellung/" + loan + "/verantwortung", "_csrf=" + lead.csrfTokenFrom("/ausstellung/" + loan)
				+ "&to=koordination").statusCode()).as("only the coordination hands over").isEqualTo(403);
		assertThat(coordinator.submit(taskService, loan, "Task_ConfirmLoan", Map.of("loanDecision", "confirm")).statusCode())
				.as("the step is the colleague's now").isEqualTo(403);
		assertThat(new Api(port, colleague, "Ausleih-Kollege-2026").submit(taskService, loan, "Task_ConfirmLoan",
				Map.of("loanDecision", "confirm")).statusCode()).isEqualTo(204);
		assertThat(jdbc.queryForObject("select responsible_coordinator from exhibition_loan where reference = ?", String.class, loan))
				.as("who had it keeps it").isEqualTo(colleague);
		coordinator.post("/api/exhibition/loans/" + loan + "/cancel", Map.of("reason", "Test beendet"));

		// a meeting: who plans it takes it; a handover shows on its page
		String meeting = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Wer betreut das Treffen?")).body()).path("reference")
				.asText();
		Map<String, Object> plan = new java.util.HashMap<>(Map.of("title", "Wer betreut das Treffen?", "agenda", "1. Begrüßung", "date",
				java.time.LocalDate.now(GermanDates.ZONE).plusDays(30).toString(), "startTime", "10:00", "endTime", "12:00", "place", "Stuttgart",
				"capacity", 10, "inviteExperts", false, "inviteMunicipalities", false));
		assertThat(coordinator.submit(taskService, meeting, "Task_PlanMeeting", plan).statusCode()).isEqualTo(204);
		assertThat(jdbc.queryForObject("select responsible_coordinator from meeting_meeting where reference = ?", String.class, meeting))
				.isEqualTo("koordination");
		csrf = page.csrfTokenFrom("/austauschtreffen/" + meeting);
		assertThat(page.postForm("/austauschtreffen/" + meeting + "/vertretung", "_csrf=" + csrf + "&substitute=expertin").statusCode())
				.isEqualTo(302);
		assertThat(jdbc.queryForObject("select substitute_coordinator from meeting_meeting where reference = ?", String.class, meeting))
				.as("no substitute outside the coordination").isNull();
		assertThat(page.get("/austauschtreffen/" + meeting).body()).contains("Bitte eine Person aus der Koordination wählen.");
		assertThat(page.postForm("/austauschtreffen/" + meeting + "/verantwortung", "_csrf=" + csrf + "&to=" + colleague).statusCode())
				.isEqualTo(302);
		assertThat(page.get("/austauschtreffen/" + meeting).body()).contains("übernommen von Sabine Kaiser",
				"übergeben an Test ausleihkollege durch Sabine Kaiser", "Die Fallverantwortung ist übergeben");
		coordinator.post("/api/meetings/" + meeting + "/cancel", Map.of("reason", "Test beendet"));
	}
}
