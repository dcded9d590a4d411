package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalpilot.platform.GermanDates;

/**
 * Every way into a case takes its municipality from the register — the staff API, Tasklist's start form and the
 * exhibition API as well as the public forms: a key must be in the register and belong to the name, a name alone
 * must name one entry; what fits none is refused at its field and stores nothing (no pilot, no municipality).
 */
@IntegrationTest
class MunicipalityRuleIntegrationTests {

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;

	int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	static Map<String, Object> enquiry(String ags, String name) {
		Map<String, Object> enquiry = new LinkedHashMap<>();
		enquiry.put("ags", ags);
		enquiry.put("municipalityName", name);
		enquiry.put("title", "Aus dem Verzeichnis");
		enquiry.put("enquiry", "Wir möchten ein Vorhaben anfragen.");
		return enquiry;
	}

	static Map<String, Object> startForm(Map<String, Object> values) {
		Map<String, Object> variables = new LinkedHashMap<>();
		values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
		return Map.of("variables", variables);
	}

	@Test
	void theStaffApiOpensPilotsOnlyForEntriesOfTheRegister() {
		Api coordinator = new Api(port, "koordination");
		int pilots = count("pilot_pilot");
		int municipalities = count("municipality_municipality");

		HttpResponse<String> unknown = coordinator.post("/api/pilots", enquiry("08416999", "Gemeinde Erfunden"));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
		assertThat(Api.parse(unknown.body()).path("errors").path("ags").asText()).contains("gibt es im Gemeindeverzeichnis nicht");

		HttpResponse<String> mismatch = coordinator.post("/api/pilots", enquiry("08416041", "Stadt Rottenburg am Neckar"));
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(Api.parse(mismatch.body()).path("errors").path("municipalityName").asText())
				.contains("gehört zu „Universitätsstadt Tübingen“");
		assertThat(count("pilot_pilot")).isEqualTo(pilots);
		assertThat(count("municipality_municipality")).as("nothing registered on the way").isEqualTo(municipalities);

		// a title of one's own in front of the name still names the municipality; the pilot carries the register's name
		HttpResponse<String> created = coordinator.post("/api/pilots", enquiry("08335043", "Stadt Konstanz"));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(Api.parse(created.body()).path("municipality").asText()).isEqualTo("Universitätsstadt Konstanz");
	}

	@Test
	void tasklistsStartFormTakesTheNameAloneOrAMatchingKey() {
		Api coordinator = new Api(port, "koordination");
		String start = "/engine-rest/process-definition/key/pilot-implementation/submit-form";
		Map<String, Object> values = new LinkedHashMap<>(Map.of("municipalityName", "Universitätsstadt Tübingen", "ags", "08416036",
				"title", "Aus der Aufgabenliste", "enquiry", "Eine Anfrage am Telefon."));
		int pilots = count("pilot_pilot");
		long instances = count("act_ru_execution where parent_id_ is null");

		HttpResponse<String> mismatch = coordinator.post(start, startForm(values));
		assertThat(mismatch.statusCode()).isEqualTo(400);
		assertThat(Api.parse(mismatch.body()).path("errors").path("municipalityName").asText())
				.contains("gehört zu „Stadt Rottenburg am Neckar“");
		values.put("ags", "08416999");
		assertThat(Api.parse(coordinator.post(start, startForm(values)).body()).path("errors").path("ags").asText())
				.contains("gibt es im Gemeindeverzeichnis nicht");
		values.remove("ags");
		values.put("municipalityName", "Altdorf");
		assertThat(Api.parse(coordinator.post(start, startForm(values)).body()).path("errors").path("municipalityName").asText())
				.contains("Mehrere Kommunen heißen so");
		assertThat(count("pilot_pilot")).isEqualTo(pilots);
		assertThat(count("act_ru_execution where parent_id_ is null")).as("no process left behind").isEqualTo(instances);

		values.put("municipalityName", "Dußlingen");
		HttpResponse<String> started = coordinator.post(start, startForm(values));
		assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
		String reference = Api.parse(started.body()).path("businessKey").asText();
		assertThat(jdbc.queryForObject("""
				select m.ags from pilot_pilot p join municipality_municipality m on m.id = p.municipality_id where p.reference = ?""",
				String.class, reference)).isEqualTo("08416011");
	}

	@Test
	void theExhibitionApiTakesOnlyEntriesOfTheRegister() {
		Api coordinator = new Api(port, "koordination");
		int loans = count("exhibition_loan");
		Map<String, Object> request = ExhibitionIntegrationTests.request(null, LocalDate.now(GermanDates.ZONE).plusMonths(20),
				LocalDate.now(GermanDates.ZONE).plusMonths(20).plusDays(10), "verzeichnis@example.org");
		request.put("ags", "08421999");
		HttpResponse<String> unknown = coordinator.post("/api/exhibition/loans", request);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(Api.parse(unknown.body()).path("errors").path("ags").asText()).contains("gibt es im Gemeindeverzeichnis nicht");
		request.put("ags", "08416041");
		assertThat(Api.parse(coordinator.post("/api/exhibition/loans", request).body()).path("errors").path("municipalityName").asText())
				.contains("gehört zu „Universitätsstadt Tübingen“");
		assertThat(count("exhibition_loan")).isEqualTo(loans);
	}

	@Test
	void theSuggestionsForScriptsAreTheRegistersAndTellAKreisApart() {
		JsonNode byPostcode = Api.parse(new WebClientSession(port).get("/oeffentlich/kommunen/vorschlaege?q=72070").body());
		assertThat(byPostcode).anySatisfy(option -> {
			assertThat(option.path("ags").asText()).isEqualTo("08416041");
			assertThat(option.path("name").asText()).isEqualTo("Universitätsstadt Tübingen");
			assertThat(option.path("district").asText()).isEqualTo("Landkreis Tübingen");
			assertThat(option.path("postcode").asText()).isEqualTo("72070");
		});
		JsonNode byName = Api.parse(new WebClientSession(port).get("/oeffentlich/kommunen/vorschlaege?q=Landkreis%20T%C3%BCbingen").body());
		assertThat(byName).anySatisfy(option -> {
			assertThat(option.path("ags").asText()).isEqualTo("08416000");
			assertThat(option.path("district").isNull()).as("the Kreis is not told apart by itself").isTrue();
		});
		assertThat(Api.parse(new WebClientSession(port).get("/oeffentlich/kommunen/vorschlaege?q=T").body())).isEmpty();
	}
}
