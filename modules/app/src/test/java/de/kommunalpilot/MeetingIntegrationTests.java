package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.GermanDates;

/**
 * An exchange meeting from planning and invitations through registrations with seats and waiting list,
 * reminders, minutes with attendance, to findings that become a new practice draft and an addition to an
 * existing practice, linked both ways.
 */
@IntegrationTest
class MeetingIntegrationTests {

	static final Pattern CANCEL_LINK = Pattern.compile("/oeffentlich/treffen/abmelden/([A-Za-z0-9_-]+)");

	@LocalServerPort int port;
	@Autowired TaskService taskService;
	@Autowired ManagementService managementService;
	@Autowired JdbcTemplate jdbc;
	@Autowired de.kommunalpilot.meetings.Meetings meetings;
	@Autowired MailOutbox outbox;

	@Test
	void runsAMeetingFromPlanToAdoptedFindings() throws Exception {
		Api coordinator = new Api(port, "koordination");
		HttpResponse<String> created = coordinator.post("/api/meetings", Map.of("title", "Austauschtreffen Klima und Diaspora"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String reference = Api.parse(created.body()).path("reference").asText();
		assertThat(coordinator.post("/api/meetings", Map.of("title", "")).statusCode()).isEqualTo(400);

		Map<String, Object> plan = new java.util.HashMap<>(Map.of("title", "Austauschtreffen Klima und Diaspora", "agenda",
				"1. Begrüßung\n2. Beispiele aus Kommunen\n3. Arbeitsgruppen", "date", LocalDate.now(GermanDates.ZONE).plusDays(20).toString(), "startTime", "10:00",
				"endTime", "09:00", "place", "Haus der Kulturen, Stuttgart", "capacity", 0, "inviteExperts", true, "inviteMunicipalities", true));
		plan.put("inviteeLines", "Eine Welt Netzwerk; netzwerk@example.org");
		HttpResponse<String> invalid = coordinator.submit(taskService, reference, "Task_PlanMeeting", plan);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("capacity");
		plan.put("capacity", 2);
		HttpResponse<String> endBeforeStart = coordinator.submit(taskService, reference, "Task_PlanMeeting", plan);
		assertThat(endBeforeStart.statusCode()).isEqualTo(400);
		assertThat(endBeforeStart.body()).contains("endTime");
		plan.put("endTime", "16:00");
		assertThat(coordinator.submit(taskService, reference, "Task_PlanMeeting", plan).statusCode()).isEqualTo(204);
		JsonNode meeting = coordinator.getJson("/api/meetings/" + reference);
		assertThat(meeting.path("status").asText()).isEqualTo("INVITED");
		assertThat(meeting.path("invited").asInt()).as("the network, every active expert and every municipal contact with an address")
				.isEqualTo(jdbc.queryForObject("""
						select count(distinct lower(email)) from (
						  select email from expert_expert where status = 'ACTIVE' and email is not null
						  union select email from municipality_contact where email is not null and email <> ''
						  union select 'netzwerk@example.org') addresses
						""", Integer.class));
		assertThat(outbox.recent(reference, 100)).anySatisfy(m -> {
			assertThat(m.recipient()).isEqualTo("netzwerk@example.org");
			assertThat(m.body()).contains("/oeffentlich/treffen/" + reference, "Haus der Kulturen");
		});

		// six people register at the same moment for two seats
		ExecutorService pool = Executors.newFixedThreadPool(6);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> signups = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			WebClientSession visitor = new WebClientSession(port);
			String csrf = visitor.csrfTokenFrom("/oeffentlich/treffen/" + reference);
			String form = ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "name", "Teilnehmerin " + i, "email", "teilnahme" + i + "@example.org",
					"role", "MUNICIPALITY", "municipalityName", "Tübingen", "consent", "on"));
			signups.add(CompletableFuture.supplyAsync(() -> {
				ExhibitionIntegrationTests.await(start);
				return visitor.postForm("/oeffentlich/treffen/" + reference, form);
			}, pool));
		}
		start.countDown();
		List<HttpResponse<String>> answers = signups.stream().map(CompletableFuture::join).toList();
		pool.shutdown();
		assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
		assertThat(answers.stream().filter(a -> a.body().contains("Ihr Platz ist bestätigt")).count()).isEqualTo(2);
		assertThat(answers.stream().filter(a -> a.body().contains("Warteliste")).count()).isEqualTo(4);
		assertThat(coordinator.getJson("/api/meetings/" + reference).path("confirmed").asInt()).isEqualTo(2);
		assertThat(jdbc.queryForList("""
				select distinct r.municipality_name from meeting_registration r join meeting_meeting m on m.id = r.meeting_id
				where m.reference = ?""", String.class, reference)).as("each took part for the municipality picked")
				.containsExactly("Universitätsstadt Tübingen");
		// the participant list for the funder: the confirmed seats with a signature column, the waiting list not
		WebClientSession organiser = new WebClientSession(port);
		organiser.login("koordination", "demo");
		HttpResponse<byte[]> list = organiser.getBytes("/austauschtreffen/" + reference + "/teilnehmendenliste");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String listed = ExhibitionIntegrationTests.text(list.body());
		List<String> seated = jdbc.queryForList("""
				select r.name from meeting_registration r join meeting_meeting m on m.id = r.meeting_id
				where m.reference = ? and r.status = 'CONFIRMED'""", String.class, reference);
		assertThat(seated).hasSize(2);
		assertThat(listed).contains("Teilnehmendenliste", "Unterschrift", "2 angemeldete Teilnehmende", "Universitätsstadt Tübingen")
				.contains(seated);
		jdbc.queryForList("""
				select r.name from meeting_registration r join meeting_meeting m on m.id = r.meeting_id
				where m.reference = ? and r.status = 'WAITLISTED'""", String.class, reference).forEach(waiting -> assertThat(listed).doesNotContain(waiting));
		PdfAccessibilityIntegrationTests.checkTagged("participant-list", list.body());
		WebClientSession expertSession = new WebClientSession(port);
		expertSession.login("expertin", "demo");
		assertThat(expertSession.getBytes("/austauschtreffen/" + reference + "/teilnehmendenliste").statusCode()).isEqualTo(403);
		WebClientSession forMunicipality = new WebClientSession(port);
		forMunicipality.login("koordination", "demo");
		assertThat(forMunicipality.get("/kommunen/08416041").body()).as("the municipality's page lists the meeting").contains(reference);
		WebClientSession lateVisitor = new WebClientSession(port);
		Map<String, String> unnamed = new java.util.LinkedHashMap<>(Map.of("_csrf", lateVisitor.csrfTokenFrom("/oeffentlich/treffen/" + reference),
				"name", "Ohne Kommune", "email", "ohne-kommune@example.org", "role", "MUNICIPALITY", "consent", "on"));
		HttpResponse<String> withoutMunicipality = lateVisitor.postFormRaw("/oeffentlich/treffen/" + reference, ExhibitionIntegrationTests.form(unnamed));
		assertThat(withoutMunicipality.statusCode()).isEqualTo(400);
		assertThat(withoutMunicipality.body()).contains("Bitte die Kommune oder den Landkreis angeben");
		unnamed.put("municipalityName", "Tübingen");
		unnamed.put("ags", "08416036");
		assertThat(lateVisitor.postFormRaw("/oeffentlich/treffen/" + reference, ExhibitionIntegrationTests.form(unnamed)).body())
				.contains("gehört zu „Stadt Rottenburg am Neckar“");
		assertThat(jdbc.queryForObject("select count(*) from meeting_registration where email = 'ohne-kommune@example.org'", Integer.class))
				.isZero();

		WebClientSession again = new WebClientSession(port);
		HttpResponse<String> duplicate = again.postForm("/oeffentlich/treffen/" + reference, ExhibitionIntegrationTests.form(Map.of("_csrf",
				again.csrfTokenFrom("/oeffentlich/treffen/" + reference), "name", "Doppelt", "email", "TEILNAHME0@example.org", "role", "OTHER",
				"consent", "on")));
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(duplicate.body()).contains("bereits angemeldet");

		// a confirmed participant cancels; the first on the waiting list moves up
		String confirmedEmail = jdbc.queryForObject("""
				select r.email from meeting_registration r join meeting_meeting m on m.id = r.meeting_id
				where m.reference = ? and r.status = 'CONFIRMED' order by r.registered_at limit 1
				""", String.class, reference);
		String firstWaiting = jdbc.queryForObject("""
				select r.email from meeting_registration r join meeting_meeting m on m.id = r.meeting_id
				where m.reference = ? and r.status = 'WAITLISTED' order by r.registered_at limit 1
				""", String.class, reference);
		String token = outbox.recent(reference, 100).stream().filter(m -> m.recipient().equals(confirmedEmail)).map(m -> {
			Matcher link = CANCEL_LINK.matcher(m.body());
			assertThat(link.find()).isTrue();
			return link.group(1);
		}).findFirst().orElseThrow();
		WebClientSession leaving = new WebClientSession(port);
		assertThat(leaving.get("/oeffentlich/treffen/abmelden/" + token).body()).contains("abmelden");
		String leavingCsrf = leaving.csrfTokenFrom("/oeffentlich/treffen/abmelden/" + token);
		assertThat(leaving.postForm("/oeffentlich/treffen/abmelden/" + token, "_csrf=" + leavingCsrf).body()).contains("Sie sind abgemeldet");
		assertThat(leaving.get("/oeffentlich/treffen/abmelden/" + token).statusCode()).isEqualTo(410);
		assertThat(jdbc.queryForObject("select status from meeting_registration where email = ?", String.class, firstWaiting))
				.isEqualTo("CONFIRMED");
		assertThat(outbox.recent(reference, 100)).anySatisfy(m -> {
			assertThat(m.recipient()).isEqualTo(firstWaiting);
			assertThat(m.category()).isEqualTo("meeting-moved-up");
		});

		// reminder, then the meeting
		executeTimer(reference);
		assertThat(outbox.recent(reference, 200).stream().filter(m -> m.category().equals("meeting-reminder")).count()).isEqualTo(2);
		executeTimer(reference);
		Task record = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_RecordMeeting").singleResult();
		List<String> seats = jdbc.queryForList("""
				select r.id::text from meeting_registration r join meeting_meeting m on m.id = r.meeting_id
				where m.reference = ? and r.status = 'CONFIRMED'
				""", String.class, reference);
		assertThat(taskService.getVariable(record.getId(), "registrationOptions").toString()).contains(seats.get(0), seats.get(1));
		assertThat(coordinator.submit(taskService, reference, "Task_RecordMeeting", Map.of("minutes", "Gute Beteiligung.", "attendees",
				List.of(seats.get(0)), "finding1Title", "Klimapartnerschaften mit Diaspora-Vereinen", "finding1Description",
				"Vereine als Brücke zu Partnerstädten einbinden.", "finding2Title", "Mehrsprachige Einladungen", "finding2Description",
				"Einladungen in den Sprachen der Zielgruppen verschicken.")).statusCode()).isEqualTo(204);
		assertThat(coordinator.getJson("/api/meetings/" + reference).path("status").asText()).isEqualTo("HELD");
		assertThat(jdbc.queryForList("select attended from meeting_registration where id::text in (?, ?)", Boolean.class, seats.get(0),
				seats.get(1))).containsExactlyInAnyOrder(true, false);
		// the dashboard and the funder's report count it as held, with the one participant marked present
		java.time.Instant startsAt = jdbc.queryForObject("select starts_at from meeting_meeting where reference = ?", java.sql.Timestamp.class,
				reference).toInstant();
		de.kommunalpilot.meetings.Meetings.Held held = meetings.held(startsAt, startsAt.plusSeconds(1));
		assertThat(held.meetings()).isOne();
		assertThat(held.registered()).isEqualTo(seats.size());
		assertThat(held.participants()).isOne();
		assertThat(held.organisations()).as("municipalities are not counted as organisations").isZero();

		// findings into the catalogue, in the form's numbered fields
		Task adopt = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_AdoptFindings").singleResult();
		assertThat(taskService.getVariable(adopt.getId(), "finding2Title")).isEqualTo("Mehrsprachige Einladungen");
		assertThat(coordinator.submit(taskService, reference, "Task_AdoptFindings", Map.of("finding1Action", "new", "finding2Action", "update",
				"finding2PracticeCode", "BP-99")).statusCode()).isEqualTo(400);
		assertThat(coordinator.submit(taskService, reference, "Task_AdoptFindings", Map.of("finding1Action", "new", "finding2Action", "update",
				"finding2PracticeCode", "BP-01")).statusCode()).isEqualTo(204);

		JsonNode closed = coordinator.getJson("/api/meetings/" + reference);
		assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
		String draft = closed.path("findings").get(0).path("practiceCode").asText();
		assertThat(closed.path("findings").get(1).path("practiceCode").asText()).isEqualTo("BP-01");
		JsonNode newPractice = coordinator.getJson("/api/practices/" + draft);
		assertThat(newPractice.path("published").asBoolean()).isFalse();
		assertThat(newPractice.path("title").asText()).isEqualTo("Klimapartnerschaften mit Diaspora-Vereinen");
		assertThat(newPractice.path("sources").get(0).path("meetingReference").asText()).isEqualTo(reference);
		assertThat(coordinator.getJson("/api/practices/BP-01").path("sources").toString()).contains(reference, "Mehrsprachige Einladungen");

		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		assertThat(staff.get("/austauschtreffen/" + reference).body()).contains("neu: " + draft, "ergänzt: BP-01", "Gute Beteiligung.",
				"Keine offenen Aufgaben.");
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/austauschtreffen").statusCode()).isEqualTo(403);
		WebClientSession late = new WebClientSession(port);
		assertThat(late.get("/oeffentlich/treffen/" + reference).body()).contains("keine Anmeldung möglich");
	}

	void executeTimer(String reference) {
		String instance = jdbc.queryForObject("select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null", String.class,
				reference);
		managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
	}
}
