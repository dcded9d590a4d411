package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.funding.TravelClaim;
import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * An expert's travel claim from the page to the payment: trips to their own pilot valued with the configured LRKG
 * rates, a trip more than six months back flagged, bad rows refused at their fields with nothing stored, receipts on the
 * claim, checked by a coordinator (fares only with receipts), approved by a lead, booked on the travel line and paid —
 * and the way back to the expert with a reason.
 */
@IntegrationTest
class TravelClaimsIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired TravelClaims claims;
	@Autowired JdbcTemplate jdbc;
	@Autowired de.kommunalpilot.funding.Funding funding;
	@Autowired org.camunda.bpm.engine.TaskService taskService;

	static final String EXPERT = "expert03";
	static final LocalDate TODAY = LocalDate.now(GermanDates.ZONE);

	int claimCount() {
		return jdbc.queryForObject("select count(*) from funding_travel_claim", Integer.class);
	}

	static Map<String, String> trip(int n, LocalDate day, String caseReference, String mode, String km, String fare, String hours) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("trip" + n + "Date", day.toString());
		fields.put("trip" + n + "Origin", "Tübingen");
		fields.put("trip" + n + "Destination", "Dettenhausen");
		fields.put("trip" + n + "Purpose", "Beratung im Rathaus");
		fields.put("trip" + n + "CaseReference", caseReference);
		fields.put("trip" + n + "Mode", mode);
		fields.put("trip" + n + "Kilometres", km);
		fields.put("trip" + n + "Fare", fare);
		fields.put("trip" + n + "AbsenceHours", hours);
		return fields;
	}

	HttpResponse<String> submit(WebClientSession session, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("_csrf", session.csrfTokenFrom("/reisekosten/neu"));
		return session.postFormRaw("/reisekosten/neu", ExhibitionIntegrationTests.form(form));
	}

	@Test
	void anExpertsClaimIsValuedCheckedWithItsReceiptsApprovedBookedAndPaid() {
		Api lead = new Api(port, "leitung");
		assertThat(lead.post("/api/funding/periods", FundingIntegrationTests.period("Reisekosten", TODAY.minusMonths(8), TODAY.plusYears(1)))
				.statusCode()).isEqualTo(201);
		// the claim is booked on the open period its last trip falls in (the newest, where the shared context has several)
		String period = funding.periodOf(TODAY).orElseThrow().reference();
		JsonNode before = FundingIntegrationTests.line(lead.getJson("/api/funding/periods/" + period).path("budget"), "REISEKOSTEN");
		demo.ensureExperts();
		String pilot = demo.pilotAt("IMPLEMENTATION", "08416009", "Dettenhausen", "Reisen zur Beratung", EXPERT);
		String foreign = demo.pilotAt("IMPLEMENTATION", "08416026", "Nehren", "Ein Vorhaben einer anderen Expertin", "expertin");
		WebClientSession expert = new WebClientSession(port);
		expert.login(EXPERT, "demo");
		assertThat(expert.get("/reisekosten/neu").body()).contains(pilot, "Reisekosten abrechnen").doesNotContain(foreign);

		// bad rows: at their fields, and nothing stored
		int claimsBefore = claimCount();
		Map<String, String> bad = new LinkedHashMap<>(trip(1, TODAY.plusDays(2), pilot, "CAR", "", "", "9"));
		bad.putAll(trip(2, TODAY, foreign, "FARE", "", "zwölf", "30"));
		HttpResponse<String> refused = submit(expert, bad);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Die Fahrt liegt in der Zukunft.", "gefahrenen Kilometer", "keines Ihrer Vorhaben",
				"Bitte einen Betrag in Euro angeben", "zwischen 0 und 24 Stunden", "aria-invalid=\"true\"", "value=\"zwölf\"");
		assertThat(claimCount()).isEqualTo(claimsBefore);
		WebClientSession coordinatorPage = new WebClientSession(port);
		coordinatorPage.login("koordination", "demo");
		assertThat(coordinatorPage.get("/reisekosten/neu").statusCode()).as("experts claim their own travel").isEqualTo(403);

		// a car trip seven months back (late) and a train ride this week; the row in between left empty
		Map<String, String> fields = new LinkedHashMap<>(trip(1, TODAY.minusMonths(7), pilot, "CAR", "42,5", "", "9"));
		fields.putAll(trip(3, TODAY, pilot, "FARE", "", "23,40", "15"));
		HttpResponse<String> submitted = submit(expert, fields);
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
		String reference = submitted.headers().firstValue("Location").orElseThrow().replaceAll(".*/reisekosten/", "");
		TravelClaim claim = claims.get(reference);
		// 42,5 km × 0,30 EUR = 12,75 + Tagegeld 6,00 (over 8 h); fare 23,40 + 12,00 (over 14 h)
		assertThat(claim.total()).isEqualByComparingTo("54.15");
		assertThat(claim.late()).isTrue();
		assertThat(claim.trips()).hasSize(2);
		assertThat(expert.get("/reisekosten/" + reference).body()).contains("Nicht fristgerecht", "54,15", "Fahrkarten hochladen");
		assertThat(expert.get("/reisekosten").body()).contains(reference, "nicht fristgerecht");

		// receipts: the expert adds the ticket; another expert sees neither the claim nor its receipts
		assertThat(DocumentsIntegrationTests.upload(port, EXPERT, "TRAVEL/" + reference, "Fahrkarte.pdf", DocumentsIntegrationTests.PDF)
				.statusCode()).isEqualTo(201);
		assertThat(DocumentsIntegrationTests.upload(port, "expertin", "TRAVEL/" + reference, "Fahrkarte.pdf", DocumentsIntegrationTests.PDF)
				.statusCode()).isIn(403, 404);
		WebClientSession other = new WebClientSession(port);
		other.login("expertin", "demo");
		assertThat(other.get("/reisekosten/" + reference).statusCode()).isEqualTo(404);
		assertThat(other.get("/reisekosten").body()).doesNotContain(reference);
		assertThat(new Api(port, "koordination").getJson("/api/documents/TRAVEL/" + reference)).hasSize(1);
		assertThat(coordinatorPage.get("/reisekosten/" + reference).body()).contains(reference, "Fahrkarte", "Dettenhausen");
		assertThat(coordinatorPage.get("/reisekosten").body()).contains(reference, "Reisekostenabrechnungen");
		assertThat(coordinatorPage.get("/dokumente/TRAVEL/" + reference).body()).contains("Fahrkarte.pdf");

		// its process, each step by whom it belongs to
		Api coordinator = new Api(port, "koordination");
		assertThat(new Api(port, EXPERT).submit(taskService, reference, "Task_CheckTravelClaim", Map.of("travelCheck", "matches",
				"receiptsChecked", true)).statusCode()).as("not the expert").isIn(403, 404);
		HttpResponse<String> noReceipts = coordinator.submit(taskService, reference, "Task_CheckTravelClaim", Map.of("travelCheck", "matches"));
		assertThat(noReceipts.statusCode()).isEqualTo(400);
		assertThat(noReceipts.body()).contains("receiptsChecked");
		assertThat(coordinator.submit(taskService, reference, "Task_CheckTravelClaim", Map.of("travelCheck", "matches", "receiptsChecked", true,
				"pilotId", "x")).statusCode()).as("undeclared").isEqualTo(400);
		assertThat(coordinator.submit(taskService, reference, "Task_CheckTravelClaim", Map.of("travelCheck", "matches", "receiptsChecked", true))
				.statusCode()).isEqualTo(204);
		assertThat(lead.submit(taskService, reference, "Task_ApproveTravelClaim", Map.of("travelApproval", "approve")).statusCode()).isEqualTo(204);
		JsonNode travel = FundingIntegrationTests.line(lead.getJson("/api/funding/periods/" + period).path("budget"), "REISEKOSTEN");
		assertThat(travel.path("committed").decimalValue().subtract(before.path("committed").decimalValue())).isEqualByComparingTo("54.15");
		assertThat(coordinator.submit(taskService, reference, "Task_RecordTravelPayment", Map.of("paidOn", TODAY.toString(),
				"paymentReference", "Überweisung 2001")).statusCode()).isEqualTo(204);
		assertThat(claims.get(reference).status()).isEqualTo(TravelClaim.Status.PAID);
		travel = FundingIntegrationTests.line(lead.getJson("/api/funding/periods/" + period).path("budget"), "REISEKOSTEN");
		assertThat(travel.path("paid").decimalValue().subtract(before.path("paid").decimalValue())).isEqualByComparingTo("54.15");
		assertThat(travel.path("committed").decimalValue()).isEqualByComparingTo(before.path("committed").decimalValue());
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).count()).as("the process ended").isZero();
		assertThat(lead.getJson("/api/funding/periods/" + period + "/expenditures?size=500").path("content")).anySatisfy(row -> {
			assertThat(row.path("kind").asText()).isEqualTo("TRAVEL");
			assertThat(row.path("purpose").asText()).contains(reference);
			assertThat(row.path("status").asText()).isEqualTo("PAID");
		});

		// the way back: given back with a reason, the expert is told by mail
		HttpResponse<String> second = submit(expert, trip(1, TODAY, pilot, "CAR", "12", "", ""));
		String returned = second.headers().firstValue("Location").orElseThrow().replaceAll(".*/reisekosten/", "");
		assertThat(coordinator.submit(taskService, returned, "Task_CheckTravelClaim", Map.of("travelCheck", "giveBack")).statusCode())
				.as("a reason is needed").isEqualTo(400);
		assertThat(coordinator.submit(taskService, returned, "Task_CheckTravelClaim", Map.of("travelCheck", "giveBack", "returnReason",
				"Die Fahrt war ein Dienstgang am Wohnort.")).statusCode()).isEqualTo(204);
		assertThat(claims.get(returned).status()).isEqualTo(TravelClaim.Status.RETURNED);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(returned).count()).isZero();
		assertThat(jdbc.queryForObject("select count(*) from platform_mail_outbox where reference = ? and body like '%Dienstgang am Wohnort%'",
				Integer.class, returned)).isOne();
		assertThat(claims.get(returned).total()).isEqualByComparingTo(new BigDecimal("3.60"));
	}
}
