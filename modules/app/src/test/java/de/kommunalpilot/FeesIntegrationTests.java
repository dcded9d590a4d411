package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.funding.FeeStatement;
import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.GermanDates;

/**
 * A pilot's consultations become an expert's fee statement: valued with the expert's daily fee, confirmed by the
 * expert, checked against the approved documentation, approved by another person than the checker, booked on the fee
 * line of the funding period and paid — and found in budget control and the Belegliste. Hours are billed once; a
 * statement with a pilot whose documentation is not approved is not checked.
 */
@IntegrationTest
class FeesIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired Fees fees;
	@Autowired JdbcTemplate jdbc;
	@Autowired org.camunda.bpm.engine.TaskService taskService;
	@Autowired org.camunda.bpm.engine.ManagementService managementService;

	static final String EXPERT = "expert03";

	BigDecimal unbilled() {
		return fees.unbilledHours(EXPERT, YearMonth.now(GermanDates.ZONE));
	}

	@Test
	void consultationsBecomeAFeeThatIsCheckedApprovedBookedAndPaid() {
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		Api lead = new Api(port, "leitung");
		String period = Api.parse(lead.post("/api/funding/periods", FundingIntegrationTests.period("Honorare", today.minusDays(40),
				today.plusYears(1))).body()).path("reference").asText();
		demo.ensureExperts();
		String documented = demo.pilotAt("FEEDBACK", "08415062", "Riederich", "Honorar nach Dokumentation", EXPERT);
		BigDecimal logged = jdbc.queryForObject("""
				select sum(c.hours) from pilot_consultation c join pilot_pilot p on p.id = c.pilot_id where p.reference = ?""",
				BigDecimal.class, documented);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unbilled().compareTo(logged) >= 0);

		YearMonth month = YearMonth.now(GermanDates.ZONE);
		FeeStatement statement = fees.draw(EXPERT, month);
		BigDecimal dailyFee = jdbc.queryForObject("select daily_fee from expert_expert where user_id = ?", BigDecimal.class, EXPERT);
		assertThat(statement.items()).extracting(FeeStatement.Item::pilotReference).containsOnly(documented);
		assertThat(statement.hours()).isEqualByComparingTo(logged);
		assertThat(statement.total()).isEqualByComparingTo(logged.multiply(dailyFee).divide(new BigDecimal("8"), 2, java.math.RoundingMode.HALF_UP));
		assertThat(unbilled()).as("billed once").isZero();
		assertThatThrownBy(() -> fees.draw(EXPERT, month)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> fees.draw(EXPERT, month.plusMonths(1))).isInstanceOf(ConflictException.class);

		// through its process, each step by whom it belongs to, as Tasklist submits it
		String reference = statement.reference();
		Api expert = new Api(port, EXPERT);
		Api coordinator = new Api(port, "koordination");
		assertThat(new Api(port, "expertin").submit(taskService, reference, "Task_ConfirmFeeStatement", Map.of("feeConfirmation", "confirm"))
				.statusCode()).as("another expert").isIn(403, 404);
		assertThat(expert.submit(taskService, reference, "Task_ConfirmFeeStatement", Map.of("feeConfirmation", "confirm")).statusCode())
				.isEqualTo(204);
		assertThat(coordinator.submit(taskService, reference, "Task_CheckInvoice", Map.of("invoiceCheck", "matches")).statusCode()).isEqualTo(204);
		assertThat(coordinator.submit(taskService, reference, "Task_ApprovePayment", Map.of("paymentApproval", "approve")).statusCode())
				.as("leads approve").isIn(403, 404);
		assertThat(lead.submit(taskService, reference, "Task_ApprovePayment", Map.of("paymentApproval", "approve")).statusCode()).isEqualTo(204);
		assertThat(fees.get(reference).status()).isEqualTo(FeeStatement.Status.APPROVED);
		assertThat(fees.get(reference).approvals().approvedBy()).isEqualTo("leitung");

		JsonNode honorare = FundingIntegrationTests.line(lead.getJson("/api/funding/periods/" + period).path("budget"), "HONORARE");
		assertThat(honorare.path("committed").decimalValue()).isEqualByComparingTo(statement.total());
		assertThat(coordinator.submit(taskService, reference, "Task_RecordPayment", Map.of("paidOn", today.plusDays(1).toString(),
				"paymentReference", "Überweisung 815")).statusCode()).as("not in the future").isEqualTo(400);
		assertThat(coordinator.submit(taskService, reference, "Task_RecordPayment", Map.of("paidOn", today.toString(),
				"paymentReference", "Überweisung 815")).statusCode()).isEqualTo(204);
		assertThat(fees.get(statement.reference()).status()).isEqualTo(FeeStatement.Status.PAID);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).count()).as("the process ended").isZero();
		honorare = FundingIntegrationTests.line(lead.getJson("/api/funding/periods/" + period).path("budget"), "HONORARE");
		assertThat(honorare.path("paid").decimalValue()).isEqualByComparingTo(statement.total());
		assertThat(honorare.path("committed").decimalValue()).isZero();
		JsonNode booked = lead.getJson("/api/funding/periods/" + period + "/expenditures?size=500").path("content");
		assertThat(booked).anySatisfy(row -> {
			assertThat(row.path("kind").asText()).isEqualTo("FEE");
			assertThat(row.path("purpose").asText()).contains(statement.reference());
			assertThat(row.path("amount").decimalValue()).isEqualByComparingTo(statement.total());
			assertThat(row.path("status").asText()).isEqualTo("PAID");
		});

		// and in the funder's report of the period it is booked on: the Belegliste of the XLSX and the PDF give it with its amount
		String bookedOn = jdbc.queryForObject("select p.reference from funding_period p join funding_expenditure e on e.period_id = p.id where e.id = ?",
				String.class, fees.get(reference).expenditureId());
		WebClientSession leadPages = new WebClientSession(port);
		leadPages.login("leitung", "demo");
		java.net.http.HttpResponse<byte[]> sheet = leadPages.getBytes("/foerderung/" + bookedOn + "/nachweise/final.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(sheet.body()))) {
			assertThat(workbook.getSheet("Belegliste")).anySatisfy(row -> {
				assertThat(row.getCell(4).getStringCellValue()).contains(reference);
				assertThat(BigDecimal.valueOf(row.getCell(8).getNumericCellValue())).isEqualByComparingTo(statement.total());
				assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Honorare");
			});
		}
		catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
		try {
			assertThat(ExhibitionIntegrationTests.text(leadPages.getBytes("/foerderung/" + bookedOn + "/nachweise/final.pdf").body()))
					.contains(statement.expertName(), de.kommunalpilot.platform.GermanNumbers.money(statement.total()));
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}

		// its page: for staff and its own expert; another expert is told it does not exist
		WebClientSession own = new WebClientSession(port);
		own.login(EXPERT, "demo");
		assertThat(own.get("/foerderung/honorare/" + reference).body()).contains("Honorarabrechnung " + reference, "bezahlt", documented);
		java.net.http.HttpResponse<byte[]> pdf = own.getBytes("/foerderung/honorare/" + reference + "/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		try {
			assertThat(ExhibitionIntegrationTests.text(pdf.body())).contains("Honorarabrechnung", reference, documented,
					de.kommunalpilot.platform.GermanNumbers.money(statement.total()), "Unterschrift Expert*in");
			PdfAccessibilityIntegrationTests.checkTagged("fee-statement", pdf.body());
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
		WebClientSession other = new WebClientSession(port);
		other.login("expertin", "demo");
		assertThat(other.get("/foerderung/honorare/" + reference).statusCode()).isEqualTo(404);
		assertThat(other.getBytes("/foerderung/honorare/" + reference + "/pdf").statusCode()).isEqualTo(404);
		assertThat(other.get("/foerderung/honorare").statusCode()).isEqualTo(403);
		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		assertThat(staff.get("/foerderung/honorare").body()).contains(reference, statement.monthLabel());

		// a pilot still in its implementation: its hours are billed, but not checked before its documentation is approved
		String running = demo.pilotAt("IMPLEMENTATION", "08415087", "Walddorfhäslach", "Honorar vor der Dokumentation", EXPERT);
		assertThat(expert.post("/api/pilots/" + running + "/consultations", java.util.Map.of("heldOn", today.toString(), "hours", 2,
				"topic", "Planung mit dem Kulturamt")).statusCode()).isEqualTo(201);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unbilled().signum() > 0);
		// the list page draws up a month's statements for every expert: a month long past has nothing to bill
		Map<String, String> drawForm = new java.util.LinkedHashMap<>(Map.of("_csrf", staff.csrfTokenFrom("/foerderung/honorare"), "month",
				month.minusMonths(3).toString()));
		assertThat(staff.postFormRaw("/foerderung/honorare", ExhibitionIntegrationTests.form(drawForm)).statusCode()).isEqualTo(302);
		assertThat(staff.get("/foerderung/honorare").body()).contains("keine Beratungsstunden, die noch nicht abgerechnet sind");
		// only this expert's statement here: the other tests' experts keep their hours (and their Tasklists stay as they are)
		FeeStatement early = fees.draw(EXPERT, month);
		assertThat(expert.submit(taskService, early.reference(), "Task_ConfirmFeeStatement", Map.of("feeConfirmation", "confirm")).statusCode())
				.isEqualTo(204);
		java.net.http.HttpResponse<String> refused = coordinator.submit(taskService, early.reference(), "Task_CheckInvoice",
				Map.of("invoiceCheck", "matches"));
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("Dokumentation von " + running);
		assertThat(fees.get(early.reference()).status()).isEqualTo(FeeStatement.Status.CONFIRMED);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(early.reference()).taskDefinitionKey("Task_CheckInvoice").count())
				.as("the step waits for the documentation").isOne();

		// the way back: given back with a reason, its hours are free again, and a new statement bills them
		assertThat(coordinator.submit(taskService, early.reference(), "Task_CheckInvoice", Map.of("invoiceCheck", "giveBack")).statusCode())
				.as("a reason is needed").isEqualTo(400);
		assertThat(coordinator.submit(taskService, early.reference(), "Task_CheckInvoice", Map.of("invoiceCheck", "giveBack", "returnReason",
				"Die Dokumentation von " + running + " ist noch nicht freigegeben.")).statusCode()).isEqualTo(204);
		assertThat(fees.get(early.reference()).status()).isEqualTo(FeeStatement.Status.RETURNED);
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(early.reference()).count()).isZero();
		assertThat(unbilled()).isEqualByComparingTo(early.hours());
		assertThat(jdbc.queryForObject("select count(*) from platform_mail_outbox where reference = ? and subject like '%zurückgegeben%'",
				Integer.class, early.reference())).isOne();
		assertThat(own.get("/foerderung/honorare/" + early.reference()).body()).contains("zurückgegeben", "noch nicht freigegeben");
		FeeStatement again = fees.draw(EXPERT, month);
		assertThat(again.items()).extracting(FeeStatement.Item::consultationId)
				.containsExactlyElementsOf(early.items().stream().map(FeeStatement.Item::consultationId).toList());

		// not confirmed after the reminder period: the expert is reminded by mail, and the step stays theirs
		org.camunda.bpm.engine.runtime.Job reminder = managementService.createJobQuery().processInstanceId(taskService.createTaskQuery()
				.processInstanceBusinessKey(again.reference()).singleResult().getProcessInstanceId()).activityId("BoundaryEvent_ConfirmReminder")
				.singleResult();
		managementService.executeJob(reminder.getId());
		assertThat(jdbc.queryForObject("select count(*) from platform_mail_outbox where reference = ? and subject like 'Erinnerung%'",
				Integer.class, again.reference())).isOne();
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(again.reference()).taskAssignee(EXPERT).count()).isOne();
	}
}
