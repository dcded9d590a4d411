package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * The pilot list (filters in the URL, CSV) and the pilot page (notes by their author) over HTTP, with
 * expert isolation on every page and export.
 */
@IntegrationTest
class CasePagesIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demoData;

	String reference;

	@BeforeEach
	void setUp() {
		demoData.ensureExperts();
		Api coordinator = new Api(port, "koordination");
		reference = Api.parse(coordinator.post("/api/pilots", Map.of("ags", "08335043", "municipalityName",
				"Stadt Konstanz", "title", "Seiten-Test <script>alert(1)</script>", "enquiry", "Text")).body())
				.path("reference").asText();
		coordinator.complete(reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept"));
		coordinator.complete(reference, "Task_CaptureNeeds", Map.of("needs", "Bedarf", "sdgs", List.of("13"),
				"primarySdg", "13", "topic", "CLIMATE", "targetGroups", "Vereine", "plannedStart",
				LocalDate.now(GermanDates.ZONE).plusDays(3).toString(), "plannedEnd", LocalDate.now(GermanDates.ZONE).plusMonths(4).toString()));
	}

	@Test
	void filtersTheListByPhaseDistrictSdgAndTextThroughTheUrl() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("koordination", "demo");

		String byPhase = browser.get("/pilotvorhaben?phase=PRACTICE_SELECTION&landkreis=08335&sdg=13&q="
				+ encode(reference)).body();
		assertThat(byPhase).contains(reference).contains("1</span> Pilotvorhaben");
		String row = "href=\"/pilotvorhaben/" + reference + "\"";
		assertThat(browser.get("/pilotvorhaben?phase=COMPLETED&q=" + encode(reference)).body()).doesNotContain(row);
		assertThat(browser.get("/pilotvorhaben?landkreis=08111&q=" + encode(reference)).body()).doesNotContain(row);
		assertThat(browser.get("/pilotvorhaben?sdg=4&q=" + encode(reference)).body()).doesNotContain(row);
		assertThat(browser.get("/pilotvorhaben?phase=UNSINN&sdg=99&seite=-3&groesse=100000").statusCode()).isEqualTo(200);
		// numbers that are none are ignored like the list's other unknown values: the page, not an error
		HttpResponse<String> lenient = browser.get("/pilotvorhaben?seite=abc&groesse=x&sdg=zwei");
		assertThat(lenient.statusCode()).isEqualTo(200);
		assertThat(lenient.body()).contains("Pilotvorhaben</h1>");
	}

	@Test
	void whatSpringRefusesOnAPageIsTheGermanErrorPage() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("koordination", "demo");
		for (String path : new String[] { "/pilotvorhaben?ueberfaellig=vielleicht",
				"/expertinnen/keine-kennung/daten.json", "/pilotvorhaben/keine-referenz" }) {
			HttpResponse<String> page = browser.get(path);
			assertThat(page.statusCode()).as(path).isBetween(400, 499);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
			assertThat(page.body()).as(path).contains("Hauptnavigation").doesNotContain("Whitelabel");
		}
	}

	@Test
	void escapesUserText() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("koordination", "demo");

		assertThat(browser.get("/pilotvorhaben?q=" + encode(reference)).body())
				.contains("Seiten-Test &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(browser.get("/pilotvorhaben/" + reference).body()).doesNotContain("<script>alert(1)");
	}

	@Test
	void exportsTheFilteredListAsCsv() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("koordination", "demo");

		HttpResponse<String> csv = browser.get("/pilotvorhaben.csv?phase=PRACTICE_SELECTION&q=" + encode(reference));

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		List<String> lines = csv.body().lines().toList();
		assertThat(lines.get(0)).contains("Referenz;Titel;Kommune;Landkreis;Phase");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).startsWith("\"" + reference + "\"").contains("\"Landkreis Konstanz\"", "\"Auswahl der Best Practice\"");
	}

	@Test
	void showsExpertsOnlyTheirOwnPilotsOnPagesAndInExports() {
		WebClientSession experte = new WebClientSession(port);
		experte.login("experte", "demo");

		assertThat(experte.get("/pilotvorhaben/" + reference).statusCode()).isEqualTo(403);
		assertThat(experte.get("/pilotvorhaben?q=" + encode(reference)).body())
				.doesNotContain("href=\"/pilotvorhaben/" + reference + "\"").contains("0</span> Pilotvorhaben");
		assertThat(experte.get("/pilotvorhaben.csv").body()).doesNotContain(reference);
		assertThat(experte.get("/pilotvorhaben/" + reference + "/diagramm.bpmn").statusCode()).isEqualTo(403);
		assertThat(experte.postForm("/pilotvorhaben/" + reference + "/notizen", "text=x&_csrf="
				+ experte.csrfTokenFrom("/pilotvorhaben")).statusCode()).isEqualTo(403);
	}

	@Test
	void notesCanBeAddedByAnyoneOnTheCaseAndEditedOnlyByTheirAuthor() {
		WebClientSession coordinator = new WebClientSession(port);
		coordinator.login("koordination", "demo");
		String page = "/pilotvorhaben/" + reference;

		HttpResponse<String> added = coordinator.postForm(page + "/notizen",
				"text=" + encode("Telefonat mit Frau Weber") + "&_csrf=" + coordinator.csrfTokenFrom(page));
		assertThat(added.statusCode()).isEqualTo(302);
		String html = coordinator.get(page).body();
		assertThat(html).contains("Telefonat mit Frau Weber", "bearbeiten");

		HttpResponse<String> empty = coordinator.postForm(page + "/notizen", "text=&_csrf=" + coordinator.csrfTokenFrom(page));
		assertThat(empty.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(page).body()).contains("Die Notiz darf nicht leer sein");

		String noteId = noteId(html);
		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		assertThat(lead.get(page).body()).contains("Telefonat mit Frau Weber").doesNotContain(">bearbeiten<");
		HttpResponse<String> foreignEdit = lead.postForm(page + "/notizen/" + noteId,
				"text=" + encode("überschrieben") + "&_csrf=" + lead.csrfTokenFrom(page));
		assertThat(foreignEdit.statusCode()).isEqualTo(403);

		coordinator.postForm(page + "/notizen/" + noteId, "text=" + encode("Telefonat mit Frau Weber, Rückruf am Montag")
				+ "&_csrf=" + coordinator.csrfTokenFrom(page));
		assertThat(coordinator.get(page).body()).contains("Rückruf am Montag", "bearbeitet").doesNotContain("überschrieben");
	}

	@Test
	void showsThePilotWithPhaseBarOpenTasksAndTimeline() {
		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");

		String html = lead.get("/pilotvorhaben/" + reference).body();

		assertThat(html).contains("kp-phasebar", "Best Practice festlegen", "/camunda/app/tasklist/default/#/?task=",
				"/camunda/app/cockpit/default/#/process-instance/", "Phase „Erstgespräch“", "SDG 13 – Maßnahmen zum Klimaschutz");
		assertThat(html).containsPattern("Anfrage prüfen · " + reference + "[^<]*erledigt");
		assertThat(html).contains("data-active=\"Task_ChoosePractice\"");
		HttpResponse<String> bpmn = lead.get("/pilotvorhaben/" + reference + "/diagramm.bpmn");
		assertThat(bpmn.statusCode()).isEqualTo(200);
		assertThat(bpmn.body()).contains("<bpmn:process id=\"pilot-implementation\"", "BPMNDiagram");
	}

	private static String noteId(String html) {
		Matcher matcher = Pattern.compile("/notizen/([0-9a-f-]{36})").matcher(html);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
