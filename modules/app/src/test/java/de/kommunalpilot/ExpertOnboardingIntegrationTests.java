package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.GermanDates;

/**
 * A new expert from self-registration through review, consent and login to work on a pilot; then the
 * export of their data and its erasure, after which no column of any table — the engine's and the stored
 * PDFs included — holds their name, address or login, and the published guide is compiled anew without them.
 */
@IntegrationTest
class ExpertOnboardingIntegrationTests {

	static final String NAME = "Ayşe Löschmann-Testfrau";
	static final String EMAIL = "ayse.loeschmann@example.org";
	static final String PASSWORD = "Sonnenblume-2026!";
	static final Pattern CONSENT_LINK = Pattern.compile("/oeffentlich/einwilligung/([A-Za-z0-9_-]+)");

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired TaskService taskService;
	@Autowired IdentityService identityService;
	@Autowired MailOutbox outbox;
	@Autowired DemoData demo;
	@Autowired de.kommunalpilot.dashboard.Dashboard dashboard;

	@Test
	void registersReviewsConfirmsWorksExportsAndErasesAnExpert() throws Exception {
		// self-registration on the public page
		WebClientSession visitor = new WebClientSession(port);
		assertThat(visitor.get("/oeffentlich/expertinnen").body()).contains("Expert*innen-Pool", "Landkreis Tübingen");
		String csrf = visitor.csrfTokenFrom("/oeffentlich/expertinnen");
		HttpResponse<String> invalid = visitor.postForm("/oeffentlich/expertinnen", ExhibitionIntegrationTests.form(Map.of("_csrf", csrf,
				"name", NAME, "email", "keine-adresse")));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Keine gültige E-Mail-Adresse", "mindestens ein Ziel", "mindestens ein Thema",
				"Land- oder Stadtkreis", "Bitte Ihre Erfahrungen angeben");
		String valid = ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "kind", "PERSON", "name", NAME, "email", EMAIL,
				"phone", "07071 123456", "languages", "Deutsch, Türkisch", "countries", "Türkei", "profile",
				"Zehn Jahre Beratung zu fairer Beschaffung und Klimapartnerschaften.", "consent", "on"))
				+ "&sdgs=12&sdgs=13&topics=FAIR_TRADE&topics=CLIMATE&regions=08416&regions=08415";
		HttpResponse<String> registered = visitor.postForm("/oeffentlich/expertinnen", valid);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
		String reference = jdbc.queryForObject("select reference from expert_expert where email = ?", String.class, EMAIL);
		String expertId = jdbc.queryForObject("select id::text from expert_expert where email = ?", String.class, EMAIL);
		assertThat(registered.body()).contains("Die Koordination prüft Ihr Profil", EMAIL).doesNotContain(reference);
		assertThat(status(expertId)).isEqualTo("APPLIED");
		assertThat(outbox.recent(reference, 10)).anySatisfy(mail -> {
			assertThat(mail.category()).isEqualTo("expert-registration");
			assertThat(mail.recipient()).isEqualTo(EMAIL);
			assertThat(mail.body()).contains(reference);
		});
		// the same address again: the same answer (nothing tells whether it is in the pool), no second profile, a mail to its owner
		HttpResponse<String> again = visitor.postForm("/oeffentlich/expertinnen", valid.replace("Ay%C5%9Fe", "Jemand"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(withoutCsrfToken(again.body()).replace("Jemand", "Ayşe")).isEqualTo(withoutCsrfToken(registered.body()));
		assertThat(jdbc.queryForObject("select count(*) from expert_expert where lower(email) = ?", Integer.class, EMAIL)).isOne();
		assertThat(outbox.recent(reference, 10)).anySatisfy(mail -> {
			assertThat(mail.category()).isEqualTo("expert-registered-again");
			assertThat(mail.recipient()).isEqualTo(EMAIL);
			assertThat(mail.body()).contains("bereits ein Profil", NAME);
		});

		// review in Tasklist's way, consent on the personal link
		Api coordinator = new Api(port, "koordination");
		assertThat(coordinator.submit(taskService, reference, "Task_ReviewProfile", Map.of("profileDecision", "accept")).statusCode())
				.isEqualTo(400);
		assertThat(coordinator.submit(taskService, reference, "Task_ReviewProfile", Map.of("profileDecision", "accept", "dailyFee", 450))
				.statusCode()).isEqualTo(204);
		assertThat(status(expertId)).isEqualTo("ACCEPTED");
		String token = outbox.recent(reference, 10).stream().filter(m -> m.category().equals("expert-consent")).map(m -> {
			Matcher link = CONSENT_LINK.matcher(m.body());
			assertThat(link.find()).isTrue();
			return link.group(1);
		}).findFirst().orElseThrow();
		String path = "/oeffentlich/einwilligung/" + token;
		assertThat(visitor.get(path).body()).contains("450,00 EUR", "Fassung 2026-11");
		String consentCsrf = visitor.csrfTokenFrom(path);
		HttpResponse<String> missing = visitor.postForm(path, ExhibitionIntegrationTests.form(Map.of("_csrf", consentCsrf, "password", "kurz",
				"passwordConfirmation", "anders")));
		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("Ohne Ihre Einwilligung", "Honorarbedingungen", "mindestens 12 Zeichen", "stimmen nicht überein");
		assertThat(jdbc.queryForObject("select consent_at from expert_expert where id = ?::uuid", Object.class, expertId)).isNull();
		HttpResponse<String> welcome = visitor.postForm(path, ExhibitionIntegrationTests.form(Map.of("_csrf", consentCsrf, "consent", "on",
				"feeTerms", "on", "password", PASSWORD, "passwordConfirmation", PASSWORD)));
		assertThat(welcome.statusCode()).as(welcome.body()).isEqualTo(200);
		String userId = jdbc.queryForObject("select user_id from expert_expert where id = ?::uuid", String.class, expertId);
		assertThat(userId).isEqualTo("ayseloeschmanntestfr");
		assertThat(welcome.body()).contains(userId);
		assertThat(jdbc.queryForMap("select status, consent_version, fee_terms_version, consent_at from expert_expert where id = ?::uuid",
				expertId)).containsEntry("status", "ACTIVE").containsEntry("consent_version", "2026-11")
				.containsEntry("fee_terms_version", "2026-11").doesNotContainEntry("consent_at", null);
		assertThat(identityService.createGroupQuery().groupMember(userId).singleResult().getId()).isEqualTo("experts");
		assertThat(visitor.get(path).statusCode()).isEqualTo(410);
		Api expert = new Api(port, userId, PASSWORD);
		assertThat(expert.getJson("/api/experts/me").path("name").asText()).isEqualTo(NAME);

		// the new expert works on a pilot
		String pilot = demo.pilotAt("PRACTICE_SELECTION", "08416036", "Stadt Rottenburg am Neckar", "Faire Beschaffung mit Löschtest");
		Task choose = taskService.createTaskQuery().processInstanceBusinessKey(pilot).taskDefinitionKey("Task_ChoosePractice").singleResult();
		Object practices = taskService.getVariable(choose.getId(), "practiceOptions");
		String practice = ((Map<?, ?>) ((List<?>) practices).get(0)).get("value").toString();
		assertThat(coordinator.submit(taskService, pilot, "Task_ChoosePractice", Map.of("practiceCode", practice)).statusCode()).isEqualTo(204);
		assertThat(coordinator.submit(taskService, pilot, "Task_SelectExpert", Map.of("expertId", expertId, "consultationDays", 4))
				.statusCode()).isEqualTo(204);
		assertThat(expert.submit(taskService, pilot, "Task_AnswerRequest", Map.of("requestAnswer", "accept")).statusCode()).isEqualTo(204);
		assertThat(expert.post("/api/pilots/" + pilot + "/consultations", Map.of("heldOn", LocalDate.now(GermanDates.ZONE).toString(), "hours", 3,
				"topic", "Vorgespräch mit " + NAME)).statusCode()).isEqualTo(201);
		assertThat(expert.post("/api/pilots/" + pilot + "/notes", Map.of("text", "Notiz von " + NAME)).statusCode()).isEqualTo(201);
		Await.dueDocumentsMade(jdbc);
		assertThat(jdbc.queryForObject("select count(*) from documents_document where person = ? and category = 'fee-agreement'",
				Integer.class, userId)).isOne();
		assertThat(outbox.recent(pilot, 20)).anySatisfy(mail -> assertThat(mail.body()).as("German money in the mail")
				.contains("4 Beratungstage zu je 450,00 EUR, insgesamt 1.800,00 EUR"));
		assertThat(coordinator.delete("/api/experts/" + expertId + "/personal-data").statusCode()).as("busy on a pilot").isEqualTo(409);

		// export
		HttpResponse<String> exported = coordinator.get("/api/experts/" + expertId + "/personal-data");
		assertThat(exported.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
		JsonNode export = Api.parse(exported.body());
		assertThat(export.path("profil").path("name").asText()).isEqualTo(NAME);
		assertThat(export.path("profil").path("email").asText()).isEqualTo(EMAIL);
		assertThat(export.path("profil").path("einwilligung").path("textfassung").asText()).isEqualTo("2026-11");
		assertThat(export.path("pilotvorhaben").path("beratungen").get(0).path("stunden").asDouble()).isEqualTo(3.0);
		assertThat(export.path("pilotvorhaben").path("notizen").toString()).contains("Notiz von");
		assertThat(export.path("zugang").path("login").asText()).isEqualTo(userId);
		assertThat(export.path("mails").toString()).contains("Ihr Zugang zum Kommunalpilot");
		assertThat(export.path("dokumente").toString()).contains("Honorarvereinbarung-" + pilot);
		assertThat(expert.get("/api/experts/me/personal-data").statusCode()).isEqualTo(200);
		assertThat(new Api(port, "expertin").get("/api/experts/" + expertId + "/personal-data").statusCode()).isEqualTo(403);

		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		assertThat(staff.get("/expertinnen").body()).contains(NAME, "Fassung 2026-11", "Daten exportieren");
		assertThat(staff.get("/expertinnen/" + expertId + "/daten.json").body()).contains(EMAIL);
		String csrf2 = staff.csrfTokenFrom("/expertinnen");
		assertThat(staff.postForm("/expertinnen/" + expertId + "/loeschen", "_csrf=" + csrf2).statusCode()).isEqualTo(302);
		assertThat(staff.get("/expertinnen").body()).contains("Bitte bestätigen Sie die Löschung.");
		assertThat(status(expertId)).isEqualTo("ACTIVE");

		// erasure once the pilot has ended
		assertThat(coordinator.post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Gemeinderat hat abgesagt")).statusCode())
				.isIn(200, 202, 204);
		// a completed pilot of theirs is in the published guide
		demo.pilotAt("COMPLETED", "08416041", "Universitätsstadt Tübingen", "Klimapartnerschaft mit Löschtest", userId);
		Api lead = new Api(port, "leitung");
		JsonNode edition = compiledGuide(lead, Api.parse(lead.post("/api/guide/runs", "").body()).path("id").asText());
		assertThat(normalised(ExhibitionIntegrationTests.text(guideContent(edition.path("documentId").asText())))).contains(normalised(NAME));

		// the dashboard keeps its figures between changes: the hours per expert, with the login, computed before the erasure
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> dashboard.hoursPerExpert().containsKey(userId));

		assertThat(new Api(port, "expertin").delete("/api/experts/" + expertId + "/personal-data").statusCode()).isEqualTo(403);
		HttpResponse<String> erased = coordinator.delete("/api/experts/" + expertId + "/personal-data");
		assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);

		// the guide is compiled anew without the name; then nothing in the whole database names the person
		String newRun = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select id::text from documents_guide_run where requested_by = 'system' order by started_at desc limit 1", String.class)
				, java.util.Objects::nonNull);
		compiledGuide(lead, newRun);
		HttpResponse<byte[]> published = WebClientSession.basicBytes(port, "/oeffentlich/handreichung", null);
		assertThat(normalised(ExhibitionIntegrationTests.text(published.body()))).doesNotContain(normalised(NAME))
				.contains(normalised("Klimapartnerschaft mit Löschtest"));
		assertThat(personalDataLeft(List.of(NAME, EMAIL, userId))).isEmpty();
		assertThat(dashboard.hoursPerExpert()).as("no kept figure names the login").doesNotContainKey(userId)
				.containsKey("geloescht-" + expertId.substring(0, 8));
		assertThat(dashboard.hoursPerMonth()).noneMatch(row -> row.expertUser().equals(userId));
		assertThat(jdbc.queryForObject("select count(*) from act_hi_taskinst where assignee_ = ?", Integer.class, "geloescht-" + expertId.substring(0, 8)))
				.as("task history kept with the pseudonym").isPositive();
		assertThat(jdbc.queryForMap("select status, name, email, user_id from expert_expert where id = ?::uuid", expertId))
				.containsEntry("status", "ERASED").containsEntry("name", "Gelöschte Person").containsEntry("email", null);
		assertThat(jdbc.queryForObject("select count(*) from pilot_consultation c join pilot_pilot p on p.id = c.pilot_id where p.reference = ?",
				Integer.class, pilot)).as("case history is kept").isOne();
		assertThat(jdbc.queryForObject("select expert_name from pilot_assignment a join pilot_pilot p on p.id = a.pilot_id where p.reference = ?",
				String.class, pilot)).isEqualTo("Gelöschte Person");
		assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst where text_ = ? or text_ = ?", Integer.class, NAME, userId)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Integer.class, reference)).isZero();
		assertThat(coordinator.delete("/api/experts/" + expertId + "/personal-data").statusCode()).isEqualTo(409);
		assertThat(staff.get("/expertinnen").body()).contains("Gelöscht").doesNotContain(NAME);
	}

	/**
	 * Every column of every table — the engine's included — that still contains one of the values: text
	 * columns as they are, binary ones decoded (PDFs as their text, anything else as UTF-8). "table.column".
	 */
	List<String> personalDataLeft(List<String> values) throws Exception {
		List<Map<String, Object>> columns = jdbc.queryForList("""
				select table_name, column_name, data_type from information_schema.columns c
				where table_schema = current_schema() and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')
				  and exists (select 1 from information_schema.tables t where t.table_schema = c.table_schema and t.table_name = c.table_name
				              and t.table_type = 'BASE TABLE')
				""");
		List<String> wanted = values.stream().map(ExpertOnboardingIntegrationTests::normalised).toList();
		List<String> found = new ArrayList<>();
		int binaryValues = 0;
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			if ("bytea".equals(column.get("data_type"))) {
				for (byte[] bytes : jdbc.queryForList("select " + name + " from " + table + " where " + name + " is not null", byte[].class)) {
					binaryValues++;
					String text = normalised(decoded(bytes));
					wanted.stream().filter(text::contains).forEach(value -> found.add(table + "." + name + " contains " + value));
				}
				continue;
			}
			for (String value : values) {
				Integer hits = jdbc.queryForObject("select count(*) from " + table + " where strpos(lower(" + name + "::text), lower(?)) > 0",
						Integer.class, value);
				if (hits > 0) {
					found.add(table + "." + name + " contains " + value + " (" + hits + ")");
				}
			}
		}
		System.out.printf("Erasure scan: %d columns in %d tables, %d binary values decoded, %d values searched%n", columns.size(),
				columns.stream().map(c -> c.get("table_name")).distinct().count(), binaryValues, values.size());
		return found;
	}

	/** A PDF as its text (and its raw bytes, should it not parse), anything else as UTF-8. */
	static String decoded(byte[] bytes) {
		String raw = new String(bytes, StandardCharsets.UTF_8);
		if (bytes.length > 4 && raw.startsWith("%PDF")) {
			try {
				return ExhibitionIntegrationTests.text(bytes) + raw;
			}
			catch (Exception e) {
				return raw;
			}
		}
		return raw;
	}

	static String normalised(String text) {
		return text.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
	}

	JsonNode compiledGuide(Api lead, String run) {
		JsonNode finished = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
				.until(() -> lead.getJson("/api/guide/runs/" + run), r -> !"RUNNING".equals(r.path("status").asText()));
		assertThat(finished.path("status").asText()).as(finished.toString()).isEqualTo("DONE");
		return finished;
	}

	byte[] guideContent(String documentId) {
		return WebClientSession.basicBytes(port, "/api/documents/" + documentId + "/content", "leitung").body();
	}

	String status(String expertId) {
		return jdbc.queryForObject("select status from expert_expert where id = ?::uuid", String.class, expertId);
	}

	/** The CSRF token is masked anew for every response. */
	static String withoutCsrfToken(String page) {
		return page.replaceAll("name=\"_csrf\" content=\"[^\"]*\"", "");
	}
}
