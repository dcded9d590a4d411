package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.platform.MailOutbox;

/**
 * Texts with control characters or bidirectional overrides are refused at the boundary — the app's JSON
 * API, the public forms — with 400 naming the field, and nothing is stored; duplicate JSON keys make a
 * body invalid. Texts stored before these checks still render in PDFs and mails.
 */
@IntegrationTest
class InputHygieneIntegrationTests {

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired MailOutbox outbox;

	long pilots() {
		return jdbc.queryForObject("select count(*) from pilot_pilot", Long.class);
	}

	static Map<String, Object> enquiry(String title) {
		return Map.of("ags", "08416036", "municipalityName", "Stadt Rottenburg am Neckar", "title", title, "enquiry", "Text");
	}

	@Test
	void refusesControlCharactersAndBidiOverridesInTheApiNamingTheField() {
		Api coordinator = new Api(port, "koordination");
		long before = pilots();
		for (String title : new String[] { "Titel\u0000mit NUL", "Titel\u0001", "Titel \u202Eesrever", "Titel\u0085" }) {
			HttpResponse<String> refused = coordinator.post("/api/pilots", enquiry(title));
			assertThat(refused.statusCode()).as(title).isEqualTo(400);
			assertThat(Api.parse(refused.body()).path("errors").path("title").asText()).contains("Steuerzeichen");
		}
		HttpResponse<String> duplicate = coordinator.post("/api/pilots",
				"{\"ags\":\"08416036\",\"municipalityName\":\"Rottenburg\",\"title\":\"a\",\"title\":\"b\",\"enquiry\":\"Text\"}");
		assertThat(duplicate.statusCode()).isEqualTo(400);
		assertThat(pilots()).isEqualTo(before);
		assertThat(coordinator.post("/api/pilots", enquiry("Zeile eins\nZeile zwei\tmit Tab")).statusCode()).isEqualTo(201);
	}

	@Test
	void refusesControlCharactersOnThePublicFormsBeforeAnythingIsStored() {
		WebClientSession visitor = new WebClientSession(port);
		String csrf = visitor.csrfTokenFrom("/oeffentlich/anfrage");
		long before = pilots();
		Map<String, String> form = new LinkedHashMap<>(Map.of("_csrf", csrf, "ags", "08437100", "municipalityName", "Stadt Bad Saulgau",
				"title", "Vergiftet\u0001", "enquiry", "Wir möchten faire Produkte.", "contactEmail", "a@example.org", "consent", "on"));
		HttpResponse<String> refused = visitor.postForm("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(refused.body()).contains("Ungültige Eingabe", "„title“");
		assertThat(pilots()).isEqualTo(before);
	}

	@Test
	void textsStoredBeforeTheChecksNeitherBreakTheGuideNorAMail() throws Exception {
		String id = jdbc.queryForObject("select id::text from practice_practice where published order by title limit 1", String.class);
		String title = jdbc.queryForObject("select title from practice_practice where id::text = ?", String.class, id);
		jdbc.update("update practice_practice set title = ? where id::text = ?", "Alt\u0001gespeichert\u001b " + title, id);
		try {
			Api lead = new Api(port, "leitung");
			String run = Api.parse(lead.post("/api/guide/runs", "").body()).path("id").asText();
			JsonNode finished = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
					.until(() -> lead.getJson("/api/guide/runs/" + run), r -> !"RUNNING".equals(r.path("status").asText()));
			assertThat(finished.path("status").asText()).as(finished.toString()).isEqualTo("DONE");
			String text = ExhibitionIntegrationTests.text(WebClientSession
					.basicBytes(port, "/api/documents/" + finished.path("documentId").asText() + "/content", "leitung").body());
			assertThat(text).contains("Altgespeichert");
		}
		finally {
			jdbc.update("update practice_practice set title = ? where id::text = ?", title, id);
		}

		UUID mail = outbox.queue("a@example.org\u0000", "Betreff\r\nBcc: b@example.org\u0001", "Zeile\u0007 eins\nZeile zwei", "test", "T-1");
		Map<String, Object> stored = jdbc.queryForMap("select recipient, subject, body from platform_mail_outbox where id = ?", mail);
		assertThat(stored).containsEntry("recipient", "a@example.org").containsEntry("subject", "Betreff  Bcc: b@example.org")
				.containsEntry("body", "Zeile eins\nZeile zwei");
		jdbc.update("delete from platform_mail_outbox where id = ?", mail);
	}
}
