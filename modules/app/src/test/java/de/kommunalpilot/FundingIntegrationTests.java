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

import de.kommunalpilot.funding.FundingReminders;
import de.kommunalpilot.platform.GermanDates;

/**
 * Funding periods over the API and the pages: leads open a period with its financing plan, coordinators book other
 * expenditures and record payments, budget control adds up to the cent and reconciles with the Belegliste; bad amounts,
 * dates outside the period, unknown lines and bookings on a closed period are refused at their field (400/409) and
 * book nothing; experts get 403; the leads are reminded of the funder's deadlines once.
 */
@IntegrationTest
class FundingIntegrationTests {

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired FundingReminders reminders;

	static final LocalDate TODAY = LocalDate.now(GermanDates.ZONE);

	static Map<String, Object> period(String title, LocalDate start, LocalDate end) {
		Map<String, Object> period = new LinkedHashMap<>();
		period.put("title", title);
		period.put("funder", "Engagement Global – FEB");
		period.put("grantNotice", "FEB-TEST-" + title.hashCode());
		period.put("startsOn", start.toString());
		period.put("endsOn", end.toString());
		period.put("grantedAmount", new BigDecimal("50000.00"));
		period.put("ownContribution", new BigDecimal("5000"));
		period.put("plan", Map.of("SACHKOSTEN", new BigDecimal("1000.00"), "VERANSTALTUNGEN", new BigDecimal("2500.50")));
		return period;
	}

	static Map<String, Object> booking(String line, LocalDate on, Object amount) {
		Map<String, Object> booking = new LinkedHashMap<>();
		booking.put("lineCode", line);
		booking.put("incurredOn", on.toString());
		booking.put("payee", "Druckerei Schwarzwald");
		booking.put("purpose", "Flyer für das Austauschtreffen");
		booking.put("amount", amount);
		return booking;
	}

	int expenditures(String reference) {
		return jdbc.queryForObject("select count(*) from funding_expenditure e join funding_period p on p.id = e.period_id where p.reference = ?",
				Integer.class, reference);
	}

	static String field(HttpResponse<String> response, String field) {
		return Api.parse(response.body()).path("errors").path(field).asText();
	}

	@Test
	void bookingsAddUpToTheCentAndWhatIsRefusedBooksNothing() {
		Api lead = new Api(port, "leitung");
		Api coordinator = new Api(port, "koordination");
		Api expert = new Api(port, "expertin");
		assertThat(coordinator.post("/api/funding/periods", period("Koordination darf nicht", TODAY, TODAY.plusYears(1))).statusCode())
				.isEqualTo(403);
		HttpResponse<String> opened = lead.post("/api/funding/periods", period("Budget auf den Cent", TODAY.minusDays(30), TODAY.plusYears(1)));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		String reference = Api.parse(opened.body()).path("reference").asText();
		assertThat(reference).matches("F-\\d{4}-\\d{4}");
		String expenditures = "/api/funding/periods/" + reference + "/expenditures";

		// three amounts whose sum a double would get wrong
		for (String amount : new String[] { "0.10", "0.20", "333.33" }) {
			assertThat(coordinator.post(expenditures, booking("SACHKOSTEN", TODAY, new BigDecimal(amount))).statusCode()).isEqualTo(201);
		}
		HttpResponse<String> big = coordinator.post(expenditures, booking("VERANSTALTUNGEN", TODAY.minusDays(3), new BigDecimal("2600.00")));
		String bigId = Api.parse(big.body()).path("id").asText();
		HttpResponse<String> paid = coordinator.post("/api/funding/expenditures/" + bigId + "/payment",
				Map.of("paidOn", TODAY.toString(), "paymentReference", "Buchung 4711"));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
		assertThat(coordinator.post("/api/funding/expenditures/" + bigId + "/payment", Map.of("paidOn", TODAY.toString(), "paymentReference", "nochmal"))
				.statusCode()).as("paid once").isEqualTo(409);

		int before = expenditures(reference);
		assertThat(field(coordinator.post(expenditures, booking("SACHKOSTEN", TODAY, new BigDecimal("12.345"))), "amount")).contains("zwei Nachkommastellen");
		assertThat(field(coordinator.post(expenditures, booking("SACHKOSTEN", TODAY, new BigDecimal("-5"))), "amount")).contains("größer als 0");
		assertThat(field(coordinator.post(expenditures, booking("SACHKOSTEN", TODAY, 0)), "amount")).contains("größer als 0");
		assertThat(field(coordinator.post(expenditures, booking("SACHKOSTEN", TODAY.minusDays(31), 10)), "incurredOn"))
				.contains("außerhalb des Förderzeitraums");
		assertThat(field(coordinator.post(expenditures, booking("ERFUNDEN", TODAY, 10)), "lineCode")).contains("Budgetzeile");
		Map<String, Object> wrongCase = booking("SACHKOSTEN", TODAY, 10);
		wrongCase.put("caseReference", "X-1");
		assertThat(field(coordinator.post(expenditures, wrongCase), "caseReference")).contains("P-2026-0001");
		assertThat(coordinator.post(expenditures, "{\"lineCode\": \"SACHKOSTEN\", \"amount\": \"zwölf\"}").statusCode()).isEqualTo(400);
		assertThat(expert.post(expenditures, booking("SACHKOSTEN", TODAY, 10)).statusCode()).isEqualTo(403);
		assertThat(expert.get("/api/funding/periods").statusCode()).isEqualTo(403);
		assertThat(expenditures(reference)).as("nothing booked on the way").isEqualTo(before);

		JsonNode budget = lead.getJson("/api/funding/periods/" + reference).path("budget");
		JsonNode sachkosten = line(budget, "SACHKOSTEN");
		assertThat(sachkosten.path("planned").decimalValue()).isEqualByComparingTo("1000.00");
		assertThat(sachkosten.path("committed").decimalValue()).isEqualByComparingTo("333.63");
		JsonNode events = line(budget, "VERANSTALTUNGEN");
		assertThat(events.path("paid").decimalValue()).isEqualByComparingTo("2600.00");
		assertThat(events.path("over").asBoolean()).as("2.600,00 of 2.500,50 planned").isTrue();
		assertThat(budget.path("total").path("planned").decimalValue()).isEqualByComparingTo("3500.50");

		// the Belegliste reconciles with the budget: its amounts sum to what budget control says was spent
		BigDecimal listed = BigDecimal.ZERO;
		for (JsonNode row : lead.getJson(expenditures + "?size=500").path("content")) {
			listed = listed.add(row.path("amount").decimalValue());
		}
		BigDecimal spent = budget.path("total").path("committed").decimalValue().add(budget.path("total").path("paid").decimalValue());
		assertThat(listed).isEqualByComparingTo(spent).isEqualByComparingTo("2933.63");

		// the plan is the leads' and stays within what is financed
		HttpResponse<String> tooMuch = WebClientSession.basic(port, "PUT", "/api/funding/periods/" + reference + "/plan", "leitung", "demo",
				"application/json", "{\"PERSONAL\": 60000}");
		assertThat(tooMuch.statusCode()).isEqualTo(400);
		assertThat(field(tooMuch, "plan")).contains("übersteigt Zuwendung und Eigenmittel");
		assertThat(WebClientSession.basic(port, "PUT", "/api/funding/periods/" + reference + "/plan", "koordination", "demo", "application/json",
				"{\"PERSONAL\": 100}").statusCode()).isEqualTo(403);
		assertThat(lead.post("/api/funding/periods/" + reference + "/close", "").statusCode()).as("still running").isEqualTo(409);
	}

	static JsonNode line(JsonNode budget, String code) {
		for (JsonNode line : budget.path("lines")) {
			if (code.equals(line.path("code").asText())) {
				return line;
			}
		}
		throw new AssertionError("no line " + code);
	}

	@Test
	void aClosedPeriodTakesNothingMore() {
		Api lead = new Api(port, "leitung");
		Api coordinator = new Api(port, "koordination");
		LocalDate start = TODAY.minusYears(2).withDayOfYear(1);
		String reference = Api.parse(lead.post("/api/funding/periods", period("Abgelaufen", start, start.plusYears(1).minusDays(1))).body())
				.path("reference").asText();
		String expenditures = "/api/funding/periods/" + reference + "/expenditures";
		String open = Api.parse(coordinator.post(expenditures, booking("SACHKOSTEN", start.plusMonths(3), 25)).body()).path("id").asText();
		assertThat(lead.post("/api/funding/periods/" + reference + "/close", "").statusCode()).isEqualTo(200);

		HttpResponse<String> late = coordinator.post(expenditures, booking("SACHKOSTEN", start.plusMonths(4), 25));
		assertThat(late.statusCode()).isEqualTo(409);
		assertThat(Api.parse(late.body()).path("detail").asText()).contains("abgeschlossen");
		assertThat(coordinator.post("/api/funding/expenditures/" + open + "/payment", Map.of("paidOn", TODAY.toString(), "paymentReference", "B-1"))
				.statusCode()).isEqualTo(409);
		assertThat(expenditures(reference)).isEqualTo(1);
		assertThat(lead.getJson("/api/funding/periods/" + reference).path("status").asText()).isEqualTo("CLOSED");
	}

	@Test
	void theLeadsAreRemindedOfAReportOnce() throws Exception {
		Api lead = new Api(port, "leitung");
		// the Verwendungsnachweis is due four months after the end: in five days
		LocalDate end = TODAY.plusDays(5).minusMonths(4);
		String reference = Api.parse(lead.post("/api/funding/periods", period("Bericht bald fällig", end.minusMonths(6), end)).body())
				.path("reference").asText();
		JsonNode deadlines = lead.getJson("/api/funding/periods/" + reference).path("deadlines");
		JsonNode last = deadlines.get(deadlines.size() - 1);
		assertThat(last.path("kind").asText()).isEqualTo("FINAL");
		assertThat(LocalDate.parse(last.path("due").asText())).isEqualTo(end.plusMonths(4));

		assertThat(reminders.remind(TODAY)).isGreaterThanOrEqualTo(1);
		assertThat(reminders.remind(TODAY)).as("once a day, once per lead time").isZero();
		assertThat(jdbc.queryForObject("select count(*) from platform_mail_outbox where category = 'funding-deadline' and reference = ?",
				Integer.class, reference)).as("one mail per lead").isEqualTo(jdbc.queryForObject("""
						select count(*) from act_id_membership m join act_id_user u on u.id_ = m.user_id_
						where m.group_id_ = 'leads' and u.email_ is not null and u.email_ <> ''""", Integer.class));
		jakarta.mail.internet.MimeMessage mail = TestMailServer.awaitMailTo("leitung@kommunalpilot.invalid", "Verwendungsnachweis fällig am");
		assertThat(mail.getSubject()).contains("Bericht bald fällig");
	}

	@Test
	void thePagesAnswerEachRoleAndRefuseBadInputAtTheField() {
		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", lead.csrfTokenFrom("/foerderung"));
		form.put("title", "Über die Seite");
		form.put("funder", "Engagement Global – FEB");
		form.put("grantNotice", "FEB-SEITE-1");
		form.put("startsOn", TODAY.minusDays(10).toString());
		form.put("endsOn", TODAY.plusYears(1).toString());
		form.put("grantedAmount", "zwölf");
		form.put("plan.SACHKOSTEN", "1.500,00");
		HttpResponse<String> refused = lead.postFormRaw("/foerderung", ExhibitionIntegrationTests.form(form));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Fehler:", "Bitte einen Betrag in Euro angeben", "aria-invalid=\"true\"", "value=\"1.500,00\"");
		form.put("grantedAmount", "20.000,00");
		HttpResponse<String> created = lead.postFormRaw("/foerderung", ExhibitionIntegrationTests.form(form));
		assertThat(created.statusCode()).isEqualTo(302);
		String page = created.headers().firstValue("Location").orElseThrow();
		String reference = page.substring(page.lastIndexOf('/') + 1);
		assertThat(lead.get("/foerderung/" + reference).body()).contains("Über die Seite", "1.500,00 EUR", "Verwendungsnachweis");

		WebClientSession coordinator = new WebClientSession(port);
		coordinator.login("koordination", "demo");
		Map<String, String> booking = new LinkedHashMap<>();
		booking.put("_csrf", coordinator.csrfTokenFrom("/foerderung/" + reference));
		booking.put("lineCode", "SACHKOSTEN");
		booking.put("incurredOn", TODAY.toString());
		booking.put("payee", "Copyshop");
		booking.put("purpose", "Plakate");
		booking.put("amount", "1.600,004");
		HttpResponse<String> wrong = coordinator.postFormRaw("/foerderung/" + reference + "/ausgaben", ExhibitionIntegrationTests.form(booking));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("zwei Nachkommastellen", "value=\"Plakate\"");
		booking.put("amount", "1.600,00");
		assertThat(coordinator.postFormRaw("/foerderung/" + reference + "/ausgaben", ExhibitionIntegrationTests.form(booking)).statusCode())
				.isEqualTo(302);
		assertThat(coordinator.get("/foerderung/" + reference).body()).contains("Über dem Plan", "1.600,00 EUR", "Plakate");
		assertThat(coordinator.get("/foerderung").body()).doesNotContain("Neuen Förderzeitraum anlegen");

		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/foerderung").statusCode()).isEqualTo(403);
		assertThat(expert.get("/foerderung/" + reference).statusCode()).isEqualTo(403);
	}
}
