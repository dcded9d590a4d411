package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import de.kommunalpilot.dashboard.Dashboard;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * The dashboard's figures, kept from events, equal what the pilots' own tables say; leads and
 * coordinators see the page, experts do not.
 */
@IntegrationTest
@EnableScenarios
class DashboardIntegrationTests {

	@LocalServerPort int port;
	@Autowired Dashboard dashboard;
	@Autowired JdbcTemplate jdbc;
	@Autowired DemoData demoData;

	@BeforeEach
	void experts() {
		demoData.ensureExperts();
	}

	@Test
	void figuresEqualCountsComputedFromThePilotTables(Scenario scenario) {
		scenario.stimulate(() -> demoData.loadPilots())
				.andWaitAtMost(Duration.ofSeconds(60))
				.andWaitForStateChange(() -> dashboard.pilotsPerPhase(), counts -> counts.equals(countsFromPilotTables()))
				.andVerify(counts -> assertThat(counts).isEqualTo(countsFromPilotTables()));

		Long sdgFour = jdbc.queryForObject("select count(distinct pilot_id) from pilot_sdg where sdg = 4", Long.class);
		BigDecimal hours = jdbc.queryForObject("select coalesce(sum(hours), 0) from pilot_consultation where expert_user = 'expertin'",
				BigDecimal.class);
		assertThat(dashboard.pilotsPerSdg().get(4)).isEqualTo(sdgFour);
		assertThat(dashboard.hoursPerExpert().get("expertin")).isEqualByComparingTo(hours);
	}

	private Map<PilotPhase, Long> countsFromPilotTables() {
		Map<PilotPhase, Long> counts = new LinkedHashMap<>();
		for (PilotPhase phase : PilotPhase.values()) {
			counts.put(phase, jdbc.queryForObject("select count(*) from pilot_pilot where phase = ?", Long.class, phase.name()));
		}
		return counts;
	}

	@Test
	void showsTheDashboardToLeadsAndCoordinatorsOnly() {
		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		String page = lead.get("/dashboard").body();
		assertThat(page).contains("Pilotvorhaben je Phase", "Pilotvorhaben je Land-/Stadtkreis", "Durchlaufzeit je Phase",
				"Überfällige Aufgaben", "Beratungsstunden", "Abdeckung der 17 SDGs", "Anfragen je Monat",
				"href=\"/pilotvorhaben?phase=COMPLETED\"", "href=\"/pilotvorhaben?sdg=17\"");

		WebClientSession coordinator = new WebClientSession(port);
		coordinator.login("koordination", "demo");
		assertThat(coordinator.get("/dashboard").statusCode()).isEqualTo(200);

		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/dashboard").statusCode()).isEqualTo(403);
	}
}
