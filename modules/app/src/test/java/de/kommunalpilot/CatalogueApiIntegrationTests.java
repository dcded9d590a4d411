package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * The expert pool, the practice catalogue and the districts over the API, with their access rules.
 */
@IntegrationTest
class CatalogueApiIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demoData;

	Api coordinator;
	Api expert;

	@BeforeEach
	void setUp() {
		demoData.ensureExperts();
		coordinator = new Api(port, "koordination");
		expert = new Api(port, "expertin");
	}

	@Test
	void showsThePoolToStaffAndTheOwnProfileToExperts() {
		assertThat(coordinator.getJson("/api/experts").size()).isGreaterThanOrEqualTo(12);
		assertThat(expert.get("/api/experts").statusCode()).isEqualTo(403);
		JsonNode me = expert.getJson("/api/experts/me");
		assertThat(me.path("name").asText()).isEqualTo("Amina Yılmaz");
		assertThat(me.path("regions").toString()).contains("08416");
	}

	@Test
	void rejectsInvalidExpertProfiles() {
		HttpResponse<String> response = coordinator.post("/api/experts", Map.of("name", "Neu", "languages", List.of("Deutsch"),
				"countries", List.of("Togo"), "sdgs", List.of(18), "topics", List.of("EDUCATION"), "regions", List.of("12345")));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("sdgs", "regions");
	}

	@Test
	void servesTheCatalogueAndTheDistricts() {
		assertThat(coordinator.getJson("/api/practices").size()).isGreaterThanOrEqualTo(8);
		assertThat(expert.getJson("/api/practices/BP-04").path("title").asText()).isEqualTo("Migrantische Klimabotschafter*innen");
		assertThat(coordinator.get("/api/practices/BP-99").statusCode()).isEqualTo(404);
		JsonNode districts = coordinator.getJson("/api/districts");
		assertThat(districts.size()).isEqualTo(44);
		assertThat(districts.toString()).contains("Landkreis Tübingen", "Stadtkreis Heilbronn");
	}

	@Test
	void ranksExpertsForAPilotWithReasons() {
		String reference = Api.parse(coordinator.post("/api/pilots", Map.of("ags", "08416036", "municipalityName",
				"Stadt Rottenburg am Neckar", "title", "Ranking-Test", "enquiry", "Text")).body()).path("reference").asText();
		coordinator.complete(reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept"));
		coordinator.complete(reference, "Task_CaptureNeeds", Map.of("needs", "Bildung", "sdgs", List.of("4", "5"),
				"primarySdg", "4", "topic", "EDUCATION", "targetGroups", "Schulen", "plannedStart", "2030-01-01",
				"plannedEnd", "2030-12-31"));

		JsonNode ranking = coordinator.getJson("/api/pilots/" + reference + "/expert-ranking");

		assertThat(ranking.get(0).path("userId").asText()).isEqualTo("expertin");
		assertThat(ranking.get(0).path("reasons").toString()).contains("gemeinsame SDGs (4, 5)", "Landkreis Tübingen");
		assertThat(ranking.get(0).path("score").asInt()).isGreaterThan(ranking.get(ranking.size() - 1).path("score").asInt());
		assertThat(expert.get("/api/pilots/" + reference + "/expert-ranking").statusCode()).isEqualTo(403);
	}
}
