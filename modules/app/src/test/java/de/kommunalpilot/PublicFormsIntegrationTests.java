package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Post/Redirect/Get on the public forms: a submission answers with a redirect to its confirmation at its own
 * address; the same form sent again (a double click, the back button, concurrently) stores nothing more and
 * gets the same confirmation; reloading the confirmation stores nothing. A form with errors comes back with a
 * summary linking to each field, the fields marked (aria-invalid, described by their message), „Fehler:“ in
 * the title and the consent kept.
 */
@IntegrationTest
class PublicFormsIntegrationTests {

	static final Pattern SUBMISSION = Pattern.compile("name=\"submission\" value=\"([0-9a-f-]{36})\"");

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;

	int pilotsOf(String email) {
		return jdbc.queryForObject("select count(*) from pilot_pilot where contact_email = ?", Integer.class, email);
	}

	static String submissionOf(String page) {
		Matcher matcher = SUBMISSION.matcher(page);
		assertThat(matcher.find()).as("the form carries its one-time token").isTrue();
		return matcher.group(1);
	}

	Map<String, String> enquiry(WebClientSession visitor, String email) {
		String page = visitor.get("/oeffentlich/anfrage").body();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", visitor.csrfTokenFrom("/oeffentlich/anfrage"));
		form.put("submission", submissionOf(page));
		form.put("ags", "08416041");
		form.put("municipalityName", "Universitätsstadt Tübingen");
		form.put("title", "Einmal und nicht zweimal");
		form.put("enquiry", "Wir möchten ein Vorhaben anfragen.");
		form.put("contactName", "Frau Einmal");
		form.put("contactEmail", email);
		form.put("consent", "on");
		return form;
	}

	@Test
	void aSubmissionIsStoredOnceAndItsConfirmationLivesAtItsOwnAddress() {
		WebClientSession visitor = new WebClientSession(port);
		String email = "einmal@tuebingen.example.org";
		Map<String, String> form = enquiry(visitor, email);
		String body = ExhibitionIntegrationTests.form(form);

		HttpResponse<String> first = visitor.postFormRaw("/oeffentlich/anfrage", body);
		assertThat(first.statusCode()).isEqualTo(302);
		String confirmation = first.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(confirmation).isEqualTo("/oeffentlich/bestaetigung/" + form.get("submission"));
		assertThat(pilotsOf(email)).isOne();

		HttpResponse<String> again = visitor.postFormRaw("/oeffentlich/anfrage", body);
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith(confirmation);
		assertThat(pilotsOf(email)).as("the same form sent twice").isOne();

		for (int reload = 0; reload < 2; reload++) {
			HttpResponse<String> page = visitor.get(confirmation);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Vielen Dank für Ihre Anfrage", "Einmal und nicht zweimal", "Zu allen Angeboten")
					.containsPattern("P-\\d{4}-\\d{4}");
		}
		assertThat(pilotsOf(email)).as("reloading the confirmation").isOne();
		assertThat(new WebClientSession(port).get("/oeffentlich/bestaetigung/00000000-0000-4000-8000-000000000000").statusCode())
				.isEqualTo(404);
		assertThat(new WebClientSession(port).get("/oeffentlich/bestaetigung/kein-zeichen").statusCode()).isEqualTo(404);
	}

	@Test
	void concurrentRepeatsOfOneFormStoreOnePilot() throws Exception {
		WebClientSession visitor = new WebClientSession(port);
		String email = "gleichzeitig@tuebingen.example.org";
		String body = ExhibitionIntegrationTests.form(enquiry(visitor, email));
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Integer>> clicks = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				clicks.add(() -> visitor.postFormRaw("/oeffentlich/anfrage", body).statusCode());
			}
			for (Future<Integer> click : pool.invokeAll(clicks)) {
				assertThat(click.get()).isEqualTo(302);
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(pilotsOf(email)).isOne();
	}

	@Test
	void aFormWithErrorsSaysWhereAndKeepsWhatWasEntered() {
		WebClientSession visitor = new WebClientSession(port);
		Map<String, String> form = enquiry(visitor, "fehler@tuebingen.example.org");
		form.put("title", "");
		form.put("contactEmail", "keine-adresse");
		HttpResponse<String> refused = visitor.postFormRaw("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form));
		assertThat(refused.statusCode()).isEqualTo(400);
		String page = refused.body();
		assertThat(page).contains("<title>Fehler: Pilotvorhaben anfragen – Kommunalpilot</title>");
		assertThat(page).contains("id=\"fehler\"", "href=\"#title\"", "href=\"#contactEmail\"", "data-focus-on-load");
		assertThat(page).containsPattern("id=\"title\"[^>]*aria-describedby=\"title-error[^\"]*\"[^>]*aria-invalid=\"true\"");
		assertThat(page).containsPattern("id=\"consent\"[^>]*checked");
		assertThat(page).contains("value=\"" + form.get("submission") + "\"").as("the same token, so the corrected form is still one");
		assertThat(pilotsOf("fehler@tuebingen.example.org")).isZero();
	}
}
