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
	@Autowired de.kommunalpilot.pilots.PilotTasks pilotTasks;
	@Autowired org.camunda.bpm.engine.TaskService taskService;

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

	/**
	 * A span counts the pilots open at some point of it; computed here from the pilots' own tables (creation and the
	 * time of their last phase change), for this year, a quarter long past and a funding period.
	 */
	@Test
	void figuresByPeriodEqualCountsComputedFromThePilotTables(Scenario scenario) {
		scenario.stimulate(() -> demoData.loadPilots())
				.andWaitAtMost(Duration.ofSeconds(60))
				.andWaitForStateChange(() -> dashboard.pilotsPerPhase(), counts -> counts.equals(countsFromPilotTables()))
				.andVerify(counts -> assertThat(counts).isEqualTo(countsFromPilotTables()));
		java.time.LocalDate today = java.time.LocalDate.now(de.kommunalpilot.platform.GermanDates.ZONE);
		for (Dashboard.Range range : java.util.List.of(Dashboard.Range.of(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()), "Jahr"),
				Dashboard.Range.of(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 3, 31), "1. Quartal 2020"),
				Dashboard.Range.of(today.minusDays(3), today, "drei Tage"))) {
			Map<PilotPhase, Long> expected = new LinkedHashMap<>();
			for (PilotPhase phase : PilotPhase.values()) {
				expected.put(phase, jdbc.queryForObject("""
						select count(*) from pilot_pilot p where p.phase = ? and p.created_at < ?
						and not (p.phase in ('COMPLETED', 'DECLINED', 'CANCELLED') and (select max(c.changed_at) from pilot_phase_change c
						where c.pilot_id = p.id) < ?)""", Long.class, phase.name(), java.sql.Timestamp.from(range.until()),
						java.sql.Timestamp.from(range.from())));
			}
			assertThat(dashboard.pilotsPerPhase(range)).as(range.label()).isEqualTo(expected);
			assertThat(dashboard.totals(range).pilots()).as(range.label()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
			assertThat(dashboard.totals(range).hours()).as(range.label()).isEqualByComparingTo(jdbc.queryForObject("""
					select coalesce(sum(hours), 0) from pilot_consultation where held_on between ? and ?""", BigDecimal.class,
					range.from().atZone(de.kommunalpilot.platform.GermanDates.ZONE).toLocalDate(), range.until().atZone(
							de.kommunalpilot.platform.GermanDates.ZONE).toLocalDate().minusDays(1)));
		}
		assertThat(dashboard.totals(Dashboard.Range.of(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 3, 31), "alt")).pilots())
				.isZero();

		// the page and its exports by the URL's span; an unknown span is a clear 400
		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		String period = Api.parse(new Api(port, "leitung").post("/api/funding/periods", FundingIntegrationTests.period("Kennzahlen",
				today.minusMonths(1), today.plusMonths(11))).body()).path("reference").asText();
		String page = lead.get("/dashboard?zeitraum=" + period).body();
		assertThat(page).contains("Kennzahlen – Förderzeitraum " + period, "selected", "export.csv?zeitraum=" + period);
		assertThat(lead.get("/dashboard?zeitraum=" + today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1)).statusCode()).isEqualTo(200);
		assertThat(lead.get("/dashboard?zeitraum=gestern").statusCode()).isEqualTo(400);
		assertThat(lead.get("/dashboard?zeitraum=F-1999-0001").body()).contains("Diesen Zeitraum gibt es nicht");
		java.net.http.HttpResponse<byte[]> csv = lead.getBytes("/dashboard/export.csv?zeitraum=" + today.getYear());
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
		long pilotsThisYear = dashboard.totals(Dashboard.Range.of(today.withDayOfYear(1), today.withDayOfYear(today.lengthOfYear()), "Jahr")).pilots();
		assertThat(text).startsWith("\uFEFFKennzahl;Eintrag;Wert").contains("Zeitraum;Jahr " + today.getYear(),
				"Pilotvorhaben im Zeitraum;gesamt;" + pilotsThisYear, "Austauschtreffen durchgeführt;gesamt;",
				"Teilnehmende an Austauschtreffen;gesamt;", "Ausleihen der SDG-Ausstellung;gesamt;");
		java.net.http.HttpResponse<byte[]> xlsx = lead.getBytes("/dashboard/export.xlsx?zeitraum=" + period);
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx.body()))) {
			var sheet = workbook.getSheet("Kennzahlen");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(period);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Pilotvorhaben im Zeitraum");
			assertThat((long) sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(dashboard.totals(Dashboard.Range.of(today.minusMonths(1),
					today.plusMonths(11), "Förderzeitraum")).pilots());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.getBytes("/dashboard/export.csv").statusCode()).isEqualTo(403);
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

	/** The dashboard's overdue figures come from one query and count what the engine lists task by task. */
	@Test
	void overdueTasksPerHolderAreWhatTheEngineListsTaskByTask() {
		String pilot = demoData.pilotAt("INTAKE", "08416025", "Mössingen", "Überfällig gezählt");
		java.util.Date yesterday = java.util.Date.from(java.time.Instant.now().minus(Duration.ofDays(1)));
		for (org.camunda.bpm.engine.task.Task task : taskService.createTaskQuery().processInstanceBusinessKey(pilot).list()) {
			task.setDueDate(yesterday);
			taskService.saveTask(task);
		}
		Map<String, Long> expected = new java.util.TreeMap<>();
		for (org.camunda.bpm.engine.task.Task task : taskService.createTaskQuery().dueBefore(new java.util.Date()).active()
				.processDefinitionKeyIn("pilot-implementation", "expert-assignment").list()) {
			if (task.getAssignee() != null) {
				expected.merge(task.getAssignee(), 1L, Long::sum);
			}
			else {
				taskService.getIdentityLinksForTask(task.getId()).stream()
						.filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
						.forEach(link -> expected.merge("Gruppe " + link.getGroupId(), 1L, Long::sum));
			}
		}
		assertThat(expected).as("the pilot's task is overdue").isNotEmpty();
		assertThat(pilotTasks.overdueByHolder()).isEqualTo(expected);
		new Api(port, "koordination").post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));
	}
}
