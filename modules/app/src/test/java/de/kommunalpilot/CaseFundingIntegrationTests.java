package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.funding.FundedCases;
import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * Pilots, meetings and loans in the funding: a new pilot, meeting or loan is paid from the open period of its day; staff assign a case to
 * a period and plan its costs per line on the case's page; what is booked with its reference is its actual cost, a
 * warning on the case's page and the dashboard when a line is over plan; bookings for a case go on its own period.
 */
@IntegrationTest
class CaseFundingIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired FundedCases cases;
	@Autowired de.kommunalpilot.funding.Funding funding;

	static final LocalDate TODAY = LocalDate.now(GermanDates.ZONE);

	HttpResponse<String> plan(WebClientSession session, String reference, String period, Map<String, String> amounts) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", session.csrfTokenFrom("/pilotvorhaben"));
		form.put("period", period);
		amounts.forEach((line, amount) -> form.put("plan." + line, amount));
		return session.postHtmx("/foerderung/fall/" + reference, ExhibitionIntegrationTests.form(form));
	}

	@Test
	void aCaseIsPaidFromItsPeriodPlannedPerLineAndWarnedAboutWhenOverPlan() {
		Api lead = new Api(port, "leitung");
		Api coordinator = new Api(port, "koordination");
		String period = Api.parse(lead.post("/api/funding/periods", FundingIntegrationTests.period("Fälle geplant", TODAY.minusDays(2),
				TODAY.plusYears(1))).body()).path("reference").asText();
		String other = Api.parse(lead.post("/api/funding/periods", FundingIntegrationTests.period("Fälle anderswo", TODAY.minusDays(1),
				TODAY.plusYears(1))).body()).path("reference").asText();
		String pilot = demo.pilotAt("INTAKE", "08416048", "Ammerbuch", "Mit geplanten Kosten");
		// a new pilot is paid from the open period of its day (the newest of several)
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cases.find(pilot).isPresent());
		assertThat(cases.find(pilot).orElseThrow().periodId()).isEqualTo(funding.periodOf(TODAY).orElseThrow().id());

		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		assertThat(staff.get("/pilotvorhaben/" + pilot).body()).contains("/foerderung/fall/" + pilot);
		// bad input: at the fields, nothing changed
		HttpResponse<String> refused = plan(staff, pilot, period, Map.of("VERANSTALTUNGEN", "viel", "SACHKOSTEN", "-5"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Bitte einen Betrag in Euro angeben", "aria-invalid=\"true\"");
		assertThat(plan(staff, pilot, period, Map.of("SACHKOSTEN", "-5")).body()).contains("nicht negativ");
		assertThat(plan(staff, pilot, "F-1999-0001", Map.of()).body()).contains("Bitte einen Förderzeitraum wählen.");
		assertThat(cases.find(pilot).orElseThrow().plan()).isEmpty();
		assertThat(plan(staff, "P-1999-0001", period, Map.of()).statusCode()).isEqualTo(404);
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/foerderung/fall/" + pilot).statusCode()).isEqualTo(403);

		HttpResponse<String> planned = plan(staff, pilot, period, Map.of("VERANSTALTUNGEN", "100,00"));
		assertThat(planned.body()).contains("gespeichert", period);
		assertThat(cases.find(pilot).orElseThrow().plan()).containsEntry("VERANSTALTUNGEN", new BigDecimal("100.00"));

		// its cost is what is booked with its reference — on its own period only
		Map<String, Object> venue = FundingIntegrationTests.booking("VERANSTALTUNGEN", TODAY, new BigDecimal("150.00"));
		venue.put("caseReference", pilot);
		HttpResponse<String> elsewhere = coordinator.post("/api/funding/periods/" + other + "/expenditures", venue);
		assertThat(elsewhere.statusCode()).isEqualTo(400);
		assertThat(FundingIntegrationTests.field(elsewhere, "caseReference")).contains(period);
		assertThat(coordinator.post("/api/funding/periods/" + period + "/expenditures", venue).statusCode()).isEqualTo(201);
		assertThat(cases.budget(pilot).orElseThrow().overdrawn()).extracting(line -> line.code()).containsExactly("VERANSTALTUNGEN");
		assertThat(staff.get("/foerderung/fall/" + pilot).body()).contains("Über Plan", "150,00", "100,00");
		assertThat(staff.get("/dashboard").body()).contains("Über Plan", pilot);
		assertThat(staff.get("/foerderung/" + period).body()).contains(pilot, "über Plan: Veranstaltungen");
		// once booked there, it stays in its period
		assertThat(plan(staff, pilot, other, Map.of("VERANSTALTUNGEN", "200,00")).body()).contains("schon in seinem bisherigen Förderzeitraum");
		assertThat(cases.find(pilot).orElseThrow().periodId()).isEqualTo(funding.get(period).id());
		coordinator.post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));

		// a new meeting and a new loan are paid from the open period of their day too
		String meeting = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Treffen mit Kosten")).body()).path("reference").asText();
		HttpResponse<String> loan = coordinator.post("/api/exhibition/loans", ExhibitionIntegrationTests.request("KOMPAKT", TODAY.plusDays(500),
				TODAY.plusDays(506), "kosten@example.org"));
		String loanReference = Api.parse(loan.body()).path("reference").asText();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> cases.find(meeting).isPresent() && cases.find(loanReference).isPresent());
		assertThat(cases.find(meeting).orElseThrow().kind()).isEqualTo(de.kommunalpilot.funding.FundedCase.Kind.MEETING);
		assertThat(cases.find(loanReference).orElseThrow().title()).startsWith("Ausstellung in ");
		assertThat(staff.get("/austauschtreffen/" + meeting).body()).contains("/foerderung/fall/" + meeting);
		assertThat(staff.get("/foerderung/fall/" + loanReference).body()).contains("Bezahlt aus");

		// a case without a plan is not over plan, whatever is booked for it; the period lists it as „ohne Plan“
		String meetingPeriod = funding.get(cases.find(meeting).orElseThrow().periodId()).reference();
		Map<String, Object> catering = FundingIntegrationTests.booking("VERANSTALTUNGEN", TODAY, new BigDecimal("80.00"));
		catering.put("caseReference", meeting);
		assertThat(coordinator.post("/api/funding/periods/" + meetingPeriod + "/expenditures", catering).statusCode()).isEqualTo(201);
		assertThat(cases.overPlan(1000)).extracting(FundedCases.CaseCosts::reference).contains(pilot).doesNotContain(meeting);
		assertThat(cases.withCosts(meetingPeriod, 1000)).filteredOn(c -> c.reference().equals(meeting)).singleElement()
				.satisfies(c -> assertThat(c.spent()).isEqualByComparingTo("80.00")).satisfies(c -> assertThat(c.over()).isFalse());
		assertThat(staff.get("/foerderung/fall/" + meeting).body()).doesNotContain("Über Plan");
	}
}
