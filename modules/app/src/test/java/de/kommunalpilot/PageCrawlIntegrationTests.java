package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * Every page answers every role without a 5xx: signed in as each demo role, the crawler follows every
 * link reachable from the start page — navigation, lists, filters, case pages — over data in many states
 * (pilots in several phases, a meeting with seats and invitations, a cancelled one, a requested loan).
 */
@IntegrationTest
class PageCrawlIntegrationTests {

	private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
	/** Not pages of the app: the webapps, the APIs, downloads of generated files, logging out. */
	private static final Pattern SKIP = Pattern.compile("^/(camunda|api|engine-rest|v3|swagger-ui|actuator|logout|login|webjars|css|js|vendor)\\b.*");
	private static final int PAGES_PER_ROLE = 400;
	/** Filter links multiply: enough of each page with different parameters. */
	private static final int VARIANTS_PER_PATH = 6;

	@LocalServerPort int port;
	@Autowired DemoData demoData;
	@Autowired org.camunda.bpm.engine.TaskService taskService;
	@Autowired org.camunda.bpm.engine.IdentityService identityService;

	@BeforeEach
	void setUp() {
		demoData.ensureExperts();
	}

	@Test
	void everyPageReachableFromTheNavigationAnswersEveryRoleWithoutAServerError() {
		Api coordinator = new Api(port, "koordination");
		Map<String, String> pilots = new HashMap<>();
		for (String stop : List.of("ENQUIRY", "INTAKE", "KICK_OFF", "IMPLEMENTATION", "CLOSURE", "COMPLETED", "CANCELLED")) {
			pilots.put(stop, demoData.pilotAt(stop, "08416041", "Universitätsstadt Tübingen", "Rundgang " + stop));
		}
		// Fallverantwortung in every state: taken (the others), with a substitute, handed over
		String colleague = TestUsers.create(identityService, "rundgang", "Rundgang-Passwort-2026", "coordinators");
		WebClientSession owner = new WebClientSession(port);
		owner.login("koordination", "demo");
		String token = owner.csrfTokenFrom("/pilotvorhaben/" + pilots.get("INTAKE"));
		assertThat(owner.postForm("/pilotvorhaben/" + pilots.get("INTAKE") + "/vertretung", "_csrf=" + token + "&substitute=" + colleague)
				.statusCode()).isEqualTo(302);
		assertThat(owner.postForm("/pilotvorhaben/" + pilots.get("KICK_OFF") + "/verantwortung", "_csrf=" + token + "&to=" + colleague)
				.statusCode()).isEqualTo(302);
		String planned = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Rundgang geplant")).body()).path("reference").asText();
		HttpResponse<String> plannedWithSeats = coordinator.submit(taskService, planned, "Task_PlanMeeting", Map.of("title", "Rundgang geplant",
				"agenda", "1. Begrüßung", "date", LocalDate.now(GermanDates.ZONE).plusDays(30).toString(), "startTime", "10:00", "endTime", "12:00", "place",
				"Stuttgart", "capacity", 20));
		assertThat(plannedWithSeats.statusCode()).as(plannedWithSeats.body()).isEqualTo(204);
		String cancelled = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Rundgang abgesagt")).body()).path("reference").asText();
		assertThat(coordinator.post("/api/meetings/" + cancelled + "/cancel", Map.of("reason", "Terminkonflikt")).statusCode()).isLessThan(300);
		Map<String, Object> loan = new HashMap<>(ExhibitionIntegrationTests.request("SET-B", LocalDate.now(GermanDates.ZONE).plusDays(400),
				LocalDate.now(GermanDates.ZONE).plusDays(410), "rundgang@example.org"));
		HttpResponse<String> requested = coordinator.post("/api/exhibition/loans", loan);
		assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
		String loanReference = Api.parse(requested.body()).path("reference").asText();
		assertThat(planned).isNotBlank();
		assertThat(loanReference).isNotBlank();

		// the states the later pages added: a dated first talk and kick-off, a loan and a meeting handed over
		String day = LocalDate.now(GermanDates.ZONE).plusDays(9).toString();
		for (String[] talk : new String[][] { { "INTAKE", "FIRST_TALK" }, { "KICK_OFF", "KICK_OFF" } }) {
			assertThat(owner.postForm("/pilotvorhaben/" + pilots.get(talk[0]) + "/termine", "_csrf=" + token + "&kind=" + talk[1] + "&date=" + day
					+ "&start=10:00&end=11:00&location=Rathaus").statusCode()).isEqualTo(302);
		}
		assertThat(owner.postForm("/ausstellung/" + loanReference + "/verantwortung", "_csrf=" + token + "&to=" + colleague).statusCode())
				.isEqualTo(302);
		assertThat(owner.postForm("/austauschtreffen/" + planned + "/verantwortung", "_csrf=" + token + "&to=" + colleague).statusCode())
				.isEqualTo(302);
		// a public form's confirmation at its own address
		WebClientSession visitor = new WebClientSession(port);
		HttpResponse<String> sent = visitor.postFormRaw("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(Map.of("_csrf",
				visitor.csrfTokenFrom("/oeffentlich/anfrage"), "municipalityName", "Tübingen", "title", "Rundgang öffentlich", "enquiry",
				"Text", "contactName", "Frau Rundgang", "contactEmail", "rundgang@tuebingen.example.org", "consent", "on")));
		String confirmation = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");

		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		HttpResponse<String> meetings = staff.get("/austauschtreffen");
		assertThat(meetings.statusCode()).isEqualTo(200);
		assertThat(meetings.body()).contains(planned, cancelled);

		String fundingPeriod = Api.parse(new Api(port, "leitung").post("/api/funding/periods", FundingIntegrationTests.period("Rundgang",
				java.time.LocalDate.now(GermanDates.ZONE).minusDays(5), java.time.LocalDate.now(GermanDates.ZONE).plusYears(1))).body()).path("reference").asText();
		coordinator.post("/api/funding/periods/" + fundingPeriod + "/expenditures", FundingIntegrationTests.booking("SACHKOSTEN",
				java.time.LocalDate.now(GermanDates.ZONE), new java.math.BigDecimal("12.50")));

		// a closed period, so its page is reached with data (fee statements: FeesIntegrationTests, see the note)
		java.time.LocalDate past = java.time.LocalDate.now(GermanDates.ZONE).minusYears(3).withDayOfYear(1);
		String closedPeriod = Api.parse(new Api(port, "leitung").post("/api/funding/periods", FundingIntegrationTests.period("Rundgang abgeschlossen",
				past, past.plusYears(1).minusDays(1))).body()).path("reference").asText();
		new Api(port, "leitung").post("/api/funding/periods/" + closedPeriod + "/close", "");

		List<String> failures = new ArrayList<>();
		Map<String, Integer> visitedPerRole = new HashMap<>();
		for (String user : List.of("koordination", "leitung", "expertin", "admin")) {
			WebClientSession session = new WebClientSession(port);
			session.login(user, "demo");
			Set<String> visited = new LinkedHashSet<>();
			Map<String, Integer> variants = new HashMap<>();
			Deque<String> queue = new ArrayDeque<>(List.of("/", "/pilotvorhaben", "/dashboard", "/austauschtreffen", "/ausstellung",
					"/handreichung", "/expertinnen", "/austauschtreffen/" + planned, "/ausstellung/" + loanReference, "/profil",
					"/pilotvorhaben?verantwortlich=ich", "/pilotvorhaben/" + pilots.get("INTAKE"), "/pilotvorhaben/" + pilots.get("KICK_OFF"),
					"/kommunen?vorhaben=ja", "/kommunen/08416041", "/kommunen/08416000", "/oeffentlich/kommunen?q=T%C3%BCb", confirmation,
					"/oeffentlich/impressum", "/oeffentlich/datenschutz", "/oeffentlich/barrierefreiheit", "/oeffentlich/handreichung",
					"/foerderung", "/foerderung/" + fundingPeriod, "/foerderung/" + fundingPeriod + "?page=3", "/foerderung/F-1999-0001",
					"/dashboard?zeitraum=" + fundingPeriod, "/dashboard?zeitraum=2026-Q4", "/dashboard/export.csv?zeitraum=2026", "/foerderung/honorare", "/foerderung/honorare/H-1999-0001",
					"/foerderung/" + closedPeriod, "/reisekosten", "/reisekosten/neu", "/reisekosten/R-1999-0001", "/foerderung/" + fundingPeriod + "/nachweise/final",
					"/foerderung/" + fundingPeriod + "/nachweise/final.pdf", "/foerderung/" + fundingPeriod + "/nachweise/1999",
					"/foerderung/fall/P-1999-0001", "/foerderung/fall/unsinn", "/foerderung/ausgaben/kein-beleg",
					"/foerderung/ausgaben/" + java.util.UUID.randomUUID(), "/dokumente/TRAVEL/R-1999-0001", "/dokumente/EXPENDITURE/kein-beleg"));
			while (!queue.isEmpty() && visited.size() < PAGES_PER_ROLE) {
				String path = queue.poll();
				String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
				if (!visited.add(path) || variants.merge(bare, 1, Integer::sum) > VARIANTS_PER_PATH) {
					continue;
				}
				HttpResponse<String> page = session.get(path);
				if (page.statusCode() >= 500) {
					failures.add(user + " " + path + " → " + page.statusCode());
					continue;
				}
				String type = page.headers().firstValue("Content-Type").orElse("");
				if (!type.startsWith("text/html")) {
					continue;
				}
				Matcher link = HREF.matcher(page.body());
				while (link.find()) {
					String next = link.group(1).replace("&amp;", "&");
					if (!SKIP.matcher(next).matches() && !visited.contains(next)) {
						queue.add(next);
					}
				}
			}
			visitedPerRole.put(user, visited.size());
		}
		assertThat(visitedPerRole).allSatisfy((user, pages) -> assertThat(pages).as(user).isGreaterThan(10));
		assertThat(failures).isEmpty();
	}
}
