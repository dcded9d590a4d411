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

	@Test
	void thePickerSuggestsFromTheRegisterAndTheFormTakesOnlyAMatchingKey() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.util.function.Function<String, String> options = query -> {
			try {
				return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/oeffentlich/kommunen?"
						+ query)).header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString()).body();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		};
		assertThat(options.apply("municipalityName=T%C3%BCbing")).contains("data-ags=\"08416041\"", "Universitätsstadt Tübingen", "role=\"option\"")
				.doesNotContain("<html");
		assertThat(options.apply("q=72070")).contains("Universitätsstadt Tübingen");
		assertThat(options.apply("q=T")).doesNotContain("data-ags");
		assertThat(new WebClientSession(port).get("/oeffentlich/kommunen?q=Altdorf").body()).contains("<html", "Kommune suchen", "Altdorf");

		WebClientSession visitor = new WebClientSession(port);
		Map<String, String> form = enquiry(visitor, "picker@example.org");
		form.put("municipalityName", "Stadt Ulm");
		HttpResponse<String> mismatch = visitor.postFormRaw("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form));
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(mismatch.body()).contains("gehört zu „Universitätsstadt Tübingen“");
		form.put("ags", "08499999");
		assertThat(visitor.postFormRaw("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form)).body())
				.contains("gibt es im Gemeindeverzeichnis nicht");
		form.put("ags", "");
		form.put("municipalityName", "Altdorf");
		assertThat(visitor.postFormRaw("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form)).body()).contains("Mehrere Kommunen heißen so");
		form.put("municipalityName", "Atlantis");
		assertThat(visitor.postFormRaw("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form)).body()).contains("finden wir im Gemeindeverzeichnis nicht");
		assertThat(pilotsOf("picker@example.org")).isZero();

		// without a key (no JavaScript), a name that names one municipality is enough
		form.put("municipalityName", "Tübingen");
		assertThat(visitor.postFormRaw("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(form)).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("""
				select m.ags from pilot_pilot p join municipality_municipality m on m.id = p.municipality_id where p.contact_email = ?""",
				String.class, "picker@example.org")).isEqualTo("08416041");
	}
}
