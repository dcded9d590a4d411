package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.MailOutbox;

/**
 * The public pages of the pilot case: the enquiry that starts a pilot, and the municipality's
 * single-use feedback link.
 */
@IntegrationTest
class PublicPilotPagesIntegrationTests {

	static final Pattern LINK = Pattern.compile("/oeffentlich/rueckmeldung/([A-Za-z0-9_-]+)");

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired MailOutbox outbox;
	@Autowired DemoData demo;

	@Test
	void anEnquiryOnThePublicPageStartsAPilot() {
		WebClientSession visitor = new WebClientSession(port);
		assertThat(visitor.get("/oeffentlich").body()).contains("Pilotvorhaben anfragen", "/oeffentlich/ausstellung", "/oeffentlich/expertinnen");
		assertThat(visitor.get("/login").body()).contains("/oeffentlich");
		assertThat(visitor.get("/oeffentlich/anfrage").body()).contains("Ein Pilotvorhaben anfragen", "name=\"website\"");
		String csrf = visitor.csrfTokenFrom("/oeffentlich/anfrage");
		long before = pilots();

		HttpResponse<String> invalid = visitor.postForm("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(Map.of("_csrf", csrf,
				"ags", "08999999", "title", "x".repeat(201), "contactEmail", "nein")));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("is-invalid", "Der Amtliche Gemeindeschlüssel", "Höchstens 200 Zeichen",
				"Bitte die Anfrage angeben", "Keine gültige E-Mail-Adresse", "Bitte stimmen Sie");
		assertThat(invalid.body()).contains("value=\"08999999\"");
		assertThat(pilots()).isEqualTo(before);

		Map<String, String> valid = new LinkedHashMap<>(Map.of("_csrf", csrf, "ags", "08437100", "municipalityName",
				"Stadt Bad Saulgau", "title", "Faire Kita-Verpflegung <b>jetzt</b>", "enquiry", "Wir möchten faire Produkte in Kitas.",
				"contactName", "Herr Yılmaz", "contactEmail", "yilmaz@sigmaringen.example.org", "consent", "on"));
		HttpResponse<String> confirmation = visitor.postForm("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(valid));

		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(confirmation.body()).contains("Vielen Dank für Ihre Anfrage", "Faire Kita-Verpflegung &lt;b&gt;jetzt&lt;/b&gt;")
				.doesNotContain("<b>jetzt</b>");
		String reference = jdbc.queryForObject("select reference from pilot_pilot where contact_email = 'yilmaz@sigmaringen.example.org'",
				String.class);
		assertThat(confirmation.body()).contains(reference);
		assertThat(jdbc.queryForObject("select count(*) from act_ru_task where name_ like ?", Integer.class,
				"Anfrage prüfen · " + reference + "%")).isOne();
	}

	@Test
	void theMunicipalityGivesItsFeedbackOnceThroughItsLink() {
		String reference = demo.pilotAt("FEEDBACK", "08415014", "Dettingen an der Erms", "Rückmeldung per Link");
		String token = outbox.recent(reference, 20).stream().filter(m -> m.category().equals("feedback-link")).map(m -> {
			Matcher link = LINK.matcher(m.body());
			assertThat(link.find()).isTrue();
			return link.group(1);
		}).findFirst().orElseThrow();
		WebClientSession visitor = new WebClientSession(port);
		String path = "/oeffentlich/rueckmeldung/" + token;
		assertThat(visitor.get(path).body()).contains(reference, "Rückmeldung per Link", "sehr zufrieden");
		String csrf = visitor.csrfTokenFrom(path);

		HttpResponse<String> invalid = visitor.postForm(path, ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "feedbackRating", "9")));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("Bitte wählen Sie aus", "Bitte Ihre Rückmeldung angeben");

		HttpResponse<String> thanks = visitor.postForm(path, ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "feedbackRating", "4",
				"feedbackText", "Gute Beratung, die Vereine waren begeistert.")));
		assertThat(thanks.statusCode()).isEqualTo(200);
		assertThat(thanks.body()).contains("Vielen Dank für Ihre Rückmeldung");
		assertThat(jdbc.queryForMap("select phase, feedback_rating, feedback_text from pilot_pilot where reference = ?", reference))
				.containsEntry("phase", "CLOSURE").containsEntry("feedback_rating", 4)
				.containsEntry("feedback_text", "Gute Beratung, die Vereine waren begeistert.");

		HttpResponse<String> again = visitor.get(path);
		assertThat(again.statusCode()).isEqualTo(410);
		assertThat(again.body()).contains("Link nicht mehr gültig", "bereits eine Rückmeldung");
		assertThat(visitor.postForm(path, ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "feedbackRating", "1", "feedbackText",
				"zweites Mal"))).statusCode()).isEqualTo(410);
		HttpResponse<String> unknown = visitor.get("/oeffentlich/rueckmeldung/gibt-es-nicht");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Link unbekannt").doesNotContain("Exception");
	}

	long pilots() {
		return jdbc.queryForObject("select count(*) from pilot_pilot", Long.class);
	}
}
