package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.identity.engine.Notifications;
import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.GermanDates;

/**
 * Who is told what by mail (through the outbox and a real SMTP server): the assignee of a task someone
 * else gave them, with the task's link — not who takes a task themselves, not who switched it off; the
 * municipality with its reference after an enquiry; coordinators once a day about their groups' new and
 * overdue tasks, never twice on one day.
 */
@IntegrationTest
class NotificationsIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired TaskService taskService;
	@Autowired MailOutbox outbox;
	@Autowired Notifications notifications;
	@Autowired JdbcTemplate jdbc;

	long assignmentMailsTo(String recipient) {
		return jdbc.queryForObject("select count(*) from platform_mail_outbox where category = 'task-assigned' and recipient = ?", Long.class,
				recipient);
	}

	@Test
	void theAssigneeIsToldWithALinkUnlessTheyTookItThemselvesOrSwitchedItOff() throws Exception {
		demo.ensureExperts();
		String reference = demo.pilotAt("EXPERT_REQUESTED", "08415027", "Gomadingen", "Mail bei Zuweisung", "experte");
		String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_AnswerRequest")
				.singleResult().getId();
		String body = TestMailServer.awaitMailTo("experte@kommunalpilot.invalid", reference).getContent().toString();
		assertThat(outbox.recent(reference, 20)).anySatisfy(mail -> {
			assertThat(mail.category()).isEqualTo("task-assigned");
			assertThat(mail.recipient()).isEqualTo("experte@kommunalpilot.invalid");
			assertThat(mail.subject()).startsWith("Neue Aufgabe: Anfrage annehmen oder ablehnen");
			assertThat(mail.body()).contains("/camunda/app/tasklist/default/#/?task=" + task, "/profil");
		});
		assertThat(body).contains("Ihnen wurde eine Aufgabe zugewiesen", "Direkt zur Aufgabe", "/#/?task=" + task);

		// the request itself, written before the answer task exists, links to it through its process
		assertThat(outbox.recent(reference, 20)).anySatisfy(mail -> {
			assertThat(mail.category()).isEqualTo("expert-request");
			String link = mail.body().lines().filter(line -> line.contains("/tasklist/prozesse/")).findFirst().orElseThrow().trim();
			String path = link.substring(link.indexOf("/tasklist/prozesse/"));
			WebClientSession invited = new WebClientSession(port);
			invited.login("experte", "demo");
			assertThat(invited.get(path).headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/default/#/?task=" + task);
			WebClientSession other = new WebClientSession(port);
			other.login("expertin", "demo");
			assertThat(other.get(path).headers().firstValue("Location").orElseThrow()).as("someone else's task is not revealed")
					.endsWith("/camunda/app/tasklist/default/");
		});

		// a coordinator who takes a task gets no mail about it
		String check = demo.pilotAt("ENQUIRY", "08415060", "Pliezhausen", "Selbst übernommen");
		String enquiryTask = taskService.createTaskQuery().processInstanceBusinessKey(check).singleResult().getId();
		long before = assignmentMailsTo("koordination@kommunalpilot.invalid");
		assertThat(new Api(port, "koordination").post("/engine-rest/task/" + enquiryTask + "/claim", Map.of("userId", "koordination"))
				.statusCode()).isEqualTo(204);
		assertThat(assignmentMailsTo("koordination@kommunalpilot.invalid")).isEqualTo(before);

		// switched off on the profile page: no mail
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/profil").body()).contains("Mein Profil", "Amina Yılmaz", "Expert*innen", "Wenn mir jemand eine Aufgabe zuweist")
				.doesNotContain("Übersicht der neuen");
		String csrf = expert.csrfTokenFrom("/profil");
		assertThat(expert.postForm("/profil", "_csrf=" + csrf).statusCode()).isEqualTo(302);
		try {
			long silent = assignmentMailsTo("expertin@kommunalpilot.invalid");
			String quiet = demo.pilotAt("EXPERT_REQUESTED", "08415028", "Grabenstetten", "Ohne Mail", "expertin");
			assertThat(assignmentMailsTo("expertin@kommunalpilot.invalid")).isEqualTo(silent);
			new Api(port, "koordination").post("/api/pilots/" + quiet + "/cancellation", Map.of("reason", "Test beendet"));
		}
		finally {
			expert.postForm("/profil", "_csrf=" + csrf + "&assignmentMails=on&digest=on");
		}
		for (String pilot : List.of(reference, check)) {
			new Api(port, "koordination").post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}

	@Test
	void theMunicipalityGetsItsReferenceAfterAnEnquiry() {
		WebClientSession visitor = new WebClientSession(port);
		String csrf = visitor.csrfTokenFrom("/oeffentlich/anfrage");
		Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", csrf, "ags", "08437100", "municipalityName", "Stadt Bad Saulgau",
				"title", "Faire Woche", "enquiry", "Wir möchten eine faire Woche planen.", "contactName", "Frau Berger",
				"contactEmail", "berger@sigmaringen.example.org", "consent", "on"));
		assertThat(visitor.postForm("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form)).statusCode()).isEqualTo(200);
		String reference = jdbc.queryForObject("select reference from pilot_pilot where contact_email = 'berger@sigmaringen.example.org'",
				String.class);
		assertThat(outbox.recent(reference, 10)).anySatisfy(mail -> {
			assertThat(mail.category()).isEqualTo("enquiry-received");
			assertThat(mail.recipient()).isEqualTo("berger@sigmaringen.example.org");
			assertThat(mail.subject()).contains(reference);
			assertThat(mail.body()).startsWith("Guten Tag Frau Berger").contains(reference, "Faire Woche");
		});
		new Api(port, "koordination").post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
	}

	@Test
	void coordinatorsGetOneDigestADayOfTheirGroupsNewAndOverdueTasks() throws Exception {
		String reference = demo.pilotAt("ENQUIRY", "08415088", "Römerstein", "Für die Übersicht");
		LocalDate day = LocalDate.now(GermanDates.ZONE).plusYears(1);
		try {
			assertThat(notifications.sendDigest("koordination", day, Instant.now())).isTrue();
			assertThat(notifications.sendDigest("koordination", day, Instant.now())).as("once a day").isFalse();
			assertThat(notifications.sendDigest("expertin", day, Instant.now())).as("experts get none").isFalse();
			Map<String, Object> digest = jdbc.queryForMap("""
					select subject, body from platform_mail_outbox where category = 'task-digest' and recipient = 'koordination@kommunalpilot.invalid'
					order by created_at desc limit 1""");
			assertThat((String) digest.get("subject")).startsWith("Ihre Aufgaben am ");
			assertThat((String) digest.get("body")).contains("Neu seit gestern", "Anfrage prüfen · " + reference, "/#/?task=");
		}
		finally {
			jdbc.update("delete from identity_digest_sent where day = ?", java.sql.Date.valueOf(day));
			new Api(port, "koordination").post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}
}
