package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * The guide (Handreichung): compiled in the background with visible progress from the published
 * catalogue, the completed pilots and the exhibition, stored as an edition and published.
 */
@IntegrationTest
class GuideIntegrationTests {

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired DemoData demo;

	@Test
	void compilesTheGuideFromCatalogueCompletedPilotsAndExhibition() throws Exception {
		demo.pilotAt("COMPLETED", "08415019", "Eningen unter Achalm", "Interkultureller Garten für alle");
		demo.pilotAt("COMPLETED", "08415080", "Wannweil", "Faire Beschaffung im Rathaus");
		Api lead = new Api(port, "leitung");
		assertThat(new Api(port, "expertin").post("/api/guide/runs", "").statusCode()).isEqualTo(403);

		HttpResponse<String> started = lead.post("/api/guide/runs", "");
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		String run = Api.parse(started.body()).path("id").asText();
		JsonNode finished = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
				.until(() -> lead.getJson("/api/guide/runs/" + run), r -> !"RUNNING".equals(r.path("status").asText()));

		assertThat(finished.path("status").asText()).as(finished.toString()).isEqualTo("DONE");
		assertThat(finished.path("step").asInt()).isEqualTo(finished.path("totalSteps").asInt()).isGreaterThan(3);
		String document = finished.path("documentId").asText();
		assertThat(lead.getJson("/api/guide/editions").findValuesAsText("id")).contains(document);
		HttpResponse<byte[]> pdf = WebClientSession.basicBytes(port, "/api/documents/" + document + "/content", "expertin");
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text = ExhibitionIntegrationTests.text(pdf.body());

		List<String> published = jdbc.queryForList("select title from practice_practice where published", String.class);
		List<String> municipalities = jdbc.queryForList("select distinct municipality_name from pilot_pilot where phase = 'COMPLETED'",
				String.class);
		System.out.printf("Guide: %d pages of text, %d published practices, %d completed pilots' municipalities%n",
				text.split("Seite \\d+ von").length - 1, published.size(), municipalities.size());
		assertThat(published).isNotEmpty();
		assertThat(municipalities).contains("Eningen unter Achalm", "Wannweil");
		assertThat(text).contains("Migration und Entwicklung auf kommunaler Ebene", "Best Practices aus Baden-Württemberg",
				"Die SDG-Wanderausstellung", "Ausstellungsset A");
		published.forEach(title -> assertThat(text).contains(title.replaceAll("\\s+", " ")));
		municipalities.forEach(municipality -> assertThat(text).contains(municipality));
		assertThat(jdbc.queryForList("select title from practice_practice where not published", String.class))
				.allSatisfy(title -> assertThat(text).doesNotContain(title));

		HttpResponse<String> publicPdf = new WebClientSession(port).get("/oeffentlich/handreichung");
		assertThat(publicPdf.statusCode()).isEqualTo(200);
		assertThat(publicPdf.headers().firstValue("Content-Type")).hasValue("application/pdf");

		WebClientSession page = new WebClientSession(port);
		page.login("koordination", "demo");
		assertThat(page.get("/handreichung").body()).contains("Neue Ausgabe erzeugen", "Fertig", "PDF herunterladen");
	}
}
