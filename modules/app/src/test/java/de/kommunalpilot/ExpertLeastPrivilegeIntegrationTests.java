package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * Experts see what their work needs and nothing more: the municipalities of the pilots they were asked
 * for (with their contacts), no other municipality or contact person, and only published practices.
 */
@IntegrationTest
class ExpertLeastPrivilegeIntegrationTests {

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired DemoData demo;

	@Test
	void expertsSeeOnlyTheMunicipalitiesOfTheirOwnPilots() {
		String pilot = demo.pilotAt("PLANNING", "08336091", "Stadt Weil am Rhein", "Klimapartnerschaft am Hochrhein", "expert03");
		try {
			Set<String> own = new HashSet<>(jdbc.queryForList("""
					select distinct m.ags from pilot_pilot p join pilot_assignment a on a.pilot_id = p.id
					join municipality_municipality m on m.id = p.municipality_id
					where a.expert_user = 'expert03' and a.status in ('REQUESTED', 'ACCEPTED', 'ENDED')
					""", String.class));
			String other = jdbc.queryForObject("select ags from municipality_municipality where ags <> all(?) order by ags limit 1",
					String.class, (Object) own.toArray(String[]::new));
			assertThat(own).contains("08336091");

			Api expert = new Api(port, "expert03");
			JsonNode list = expert.getJson("/api/municipalities?size=200");
			assertThat(list.path("content").findValuesAsText("ags")).containsExactlyInAnyOrderElementsOf(own);
			assertThat(list.path("totalElements").asLong()).isEqualTo(own.size());
			assertThat(expert.getJson("/api/municipalities?q=Weil").path("content").findValuesAsText("ags")).containsExactly("08336091");
			assertThat(expert.get("/api/municipalities/08336091").statusCode()).isEqualTo(200);
			assertThat(expert.get("/api/municipalities/" + other).statusCode()).isEqualTo(404);

			Api coordinator = new Api(port, "koordination");
			assertThat(coordinator.get("/api/municipalities/" + other).statusCode()).isEqualTo(200);
			assertThat(coordinator.getJson("/api/municipalities?size=1").path("totalElements").asLong())
					.isEqualTo(jdbc.queryForObject("select count(*) from municipality_municipality", Long.class));
		}
		finally {
			new Api(port, "koordination").post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}

	@Test
	void expertsSeeOnlyPublishedPractices() {
		jdbc.update("update practice_practice set published = false where code = 'BP-01'");
		try {
			List<String> published = jdbc.queryForList("select code from practice_practice where published", String.class);
			Api expert = new Api(port, "expertin");
			assertThat(expert.getJson("/api/practices").findValuesAsText("code")).containsExactlyInAnyOrderElementsOf(published);
			assertThat(expert.get("/api/practices/BP-01").statusCode()).isEqualTo(404);
			assertThat(expert.get("/api/practices/" + published.get(0)).statusCode()).isEqualTo(200);

			Api coordinator = new Api(port, "koordination");
			assertThat(coordinator.getJson("/api/practices").findValuesAsText("code")).contains("BP-01");
			assertThat(coordinator.get("/api/practices/BP-01").statusCode()).isEqualTo(200);
		}
		finally {
			jdbc.update("update practice_practice set published = true where code = 'BP-01'");
		}
	}
}
