package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * The register for staff: the list filters by Kreis, Regierungsbezirk, Agenda-2030 status, „mit Pilotvorhaben“ and
 * name/postcode, pages through all entries and shows the map (a point per municipality with pilots, linked to its
 * page); the municipality's page shows its key data, its pilots with their SDGs and its loans. Experts get 403;
 * bad parameters get no 5xx.
 */
@IntegrationTest
class MunicipalityPagesIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;

	@Test
	void staffFindEveryMunicipalityAndSeeWhatTheProgrammeDoesWithIt() {
		demo.ensureExperts();
		String pilot = demo.pilotAt("PLANNING", "08416023", "Kusterdingen", "Kommunenseite mit Vorhaben", "expertin");
		Api coordinator = new Api(port, "koordination");
		var request = ExhibitionIntegrationTests.request("KOMPAKT", LocalDate.now(GermanDates.ZONE).plusDays(620), LocalDate.now(GermanDates.ZONE).plusDays(625),
				"kusterdingen@example.org");
		request.put("ags", "08416023");
		request.put("municipalityName", "Kusterdingen");
		String loan = Api.parse(coordinator.post("/api/exhibition/loans", request).body()).path("reference").asText();

		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		String all = staff.get("/kommunen").body();
		assertThat(all).contains("Kommunen", "Seite 1 von", "Landkreis", "Gemeindeverzeichnis: © Statistisches Bundesamt");
		// the register's more than a thousand entries counted as German readers write them („1.103“, not „1103“)
		assertThat(all).containsPattern(">\\d\\.\\d{3} Einträge<");
		assertThat(staff.get("/kommunen?kreis=08416").body()).contains("Universitätsstadt Tübingen", "Kusterdingen")
				.doesNotContain("Landeshauptstadt Stuttgart");
		assertThat(staff.get("/kommunen?bezirk=Freiburg&q=Freiburg").body()).contains("Stadt Freiburg im Breisgau");
		assertThat(staff.get("/kommunen?q=72070").body()).contains("Universitätsstadt Tübingen");
		String withPilots = staff.get("/kommunen?vorhaben=ja").body();
		assertThat(withPilots).contains("Kusterdingen").doesNotContain("Landeshauptstadt Stuttgart</a>");
		// the map: a point for Kusterdingen, linked to its page, and the same as a table
		assertThat(withPilots).containsPattern("<a href=\"/kommunen/08416023\" aria-label=\"Kusterdingen: \\d+ Pilotvorhaben")
				.contains("<circle", "Die Karte als Tabelle");

		String page = staff.get("/kommunen/08416023").body();
		assertThat(page).contains("Kusterdingen", "Landkreis Tübingen", "Regierungsbezirk Tübingen", "08416023", "Einwohner",
				"Pilotvorhaben", pilot, "Kommunenseite mit Vorhaben", "Ausleihen der Wanderausstellung", loan,
				"SDG 10 – Weniger Ungleichheiten");
		assertThat(staff.get("/dashboard").body()).contains("Pilotvorhaben in Baden-Württemberg", "href=\"/kommunen/08416023\"");

		for (String bad : new String[] { "/kommunen?seite=abc", "/kommunen?seite=-5", "/kommunen?status=UNBEKANNT", "/kommunen?q="
				+ "x".repeat(500) }) {
			assertThat(staff.get(bad).statusCode()).as(bad).isIn(200, 400);
		}
		assertThat(staff.get("/kommunen/abc").statusCode()).isIn(400, 404);
		assertThat(staff.get("/kommunen/08999999").statusCode()).isIn(400, 404);
		assertThat(staff.get("/kommunen/08499999").statusCode()).isEqualTo(404);

		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/kommunen").statusCode()).isEqualTo(403);
		assertThat(expert.get("/kommunen/08416023").statusCode()).isEqualTo(403);
		coordinator.post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));
		coordinator.post("/api/exhibition/loans/" + loan + "/cancel", Map.of("reason", "Test beendet"));
	}
}
