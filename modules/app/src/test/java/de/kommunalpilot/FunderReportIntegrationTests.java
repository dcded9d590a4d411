package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.GermanNumbers;

/**
 * The reports to the funder: for a year of a funding period (Zwischennachweis) and for the whole period
 * (Verwendungsnachweis) the page, the tagged PDF and the XLSX give the same figures — the Belegliste of what was paid in
 * the span sums to the actual expenditure of the zahlenmäßiger Nachweis, line by line and in total; what is booked and
 * not paid is shown as committed, not as actual. The Sachbericht is a draft until a lead saves it.
 */
@IntegrationTest
class FunderReportIntegrationTests {

	@LocalServerPort int port;

	static final LocalDate TODAY = LocalDate.now(GermanDates.ZONE);

	@Test
	void theBelegListeTheNumbersAndTheSachberichtAgreeInPageSpreadsheetAndPdf() throws Exception {
		Api lead = new Api(port, "leitung");
		Api coordinator = new Api(port, "koordination");
		int year = TODAY.getYear();
		LocalDate start = LocalDate.of(year - 1, 1, 1);
		String period = Api.parse(lead.post("/api/funding/periods", FundingIntegrationTests.period("Nachweis " + System.nanoTime(), start,
				LocalDate.of(year + 1, 12, 31))).body()).path("reference").asText();
		String expenditures = "/api/funding/periods/" + period + "/expenditures";
		// last year: one paid then; this year: two paid (amounts a double sums wrong), one booked and not paid
		String lastYear = id(coordinator.post(expenditures, FundingIntegrationTests.booking("SACHKOSTEN", start.plusDays(14), new BigDecimal("0.10"))));
		pay(coordinator, lastYear, start.plusDays(20));
		String venue = id(coordinator.post(expenditures, FundingIntegrationTests.booking("VERANSTALTUNGEN", TODAY, new BigDecimal("0.20"))));
		pay(coordinator, venue, TODAY);
		String print = id(coordinator.post(expenditures, FundingIntegrationTests.booking("SACHKOSTEN", TODAY, new BigDecimal("333.33"))));
		pay(coordinator, print, TODAY);
		coordinator.post(expenditures, FundingIntegrationTests.booking("SACHKOSTEN", TODAY, new BigDecimal("99.99")));

		WebClientSession staff = new WebClientSession(port);
		staff.login("leitung", "demo");
		String base = "/foerderung/" + period + "/nachweise/" + year;
		HttpResponse<String> page = staff.get(base);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Zwischennachweis " + year, "Entwurf aus den Zahlen", "Zahlenmäßiger Nachweis", "333,53", "99,99",
				"(2 bezahlte Ausgaben");
		assertThat(staff.get("/foerderung/" + period).body()).contains(base, "/foerderung/" + period + "/nachweise/final");

		// the spreadsheet: the Belegliste sums to the actual expenditure, per line and in total
		HttpResponse<byte[]> xlsx = staff.getBytes(base + ".xlsx");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet receipts = workbook.getSheet("Belegliste");
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal sachkosten = BigDecimal.ZERO;
			for (int index = 1; index < receipts.getLastRowNum(); index++) {
				Row row = receipts.getRow(index);
				BigDecimal amount = BigDecimal.valueOf(row.getCell(8).getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
				sum = sum.add(amount);
				if (row.getCell(5).getStringCellValue().equals("Sachkosten")) {
					sachkosten = sachkosten.add(amount);
				}
			}
			assertThat(receipts.getLastRowNum()).as("two receipts and the sum").isEqualTo(3);
			assertThat(sum).isEqualByComparingTo("333.53");
			assertThat(BigDecimal.valueOf(receipts.getRow(receipts.getLastRowNum()).getCell(8).getNumericCellValue())).isEqualByComparingTo(sum);
			Sheet numbers = workbook.getSheet("Zahlenmäßiger Nachweis");
			Map<String, Row> lines = new java.util.HashMap<>();
			numbers.forEach(row -> lines.put(row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue(), row));
			assertThat(BigDecimal.valueOf(lines.get("Summe der Ausgaben").getCell(2).getNumericCellValue())).isEqualByComparingTo(sum);
			assertThat(BigDecimal.valueOf(lines.get("Sachkosten").getCell(2).getNumericCellValue())).isEqualByComparingTo(sachkosten);
			assertThat(BigDecimal.valueOf(lines.get("Sachkosten").getCell(4).getNumericCellValue())).as("committed").isEqualByComparingTo("99.99");
			assertThat(BigDecimal.valueOf(lines.get("Summe der Einnahmen").getCell(1).getNumericCellValue())).isEqualByComparingTo("55000.00");
			assertThat(workbook.getSheet("Kennzahlen").getRow(1).getCell(0).getStringCellValue()).isEqualTo("Kennzahl");
			assertThat(workbook.getSheet("Sachbericht").getRow(2).getCell(0).getStringCellValue()).contains("Ziele und Maßnahmen");
		}

		// the PDF: tagged, the same totals
		HttpResponse<byte[]> pdf = staff.getBytes(base + ".pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		PdfAccessibilityIntegrationTests.checkTagged("funder-report", pdf.body());
		assertThat(ExhibitionIntegrationTests.text(pdf.body())).contains("Zwischennachweis", "Sachbericht", "Zahlenmäßiger Nachweis",
				"Belegliste", GermanNumbers.money(new BigDecimal("333.53")), "Druckerei Schwarzwald");

		// last year's report has only last year's payment; the final one all three
		assertThat(staff.get("/foerderung/" + period + "/nachweise/" + (year - 1)).body()).contains("(1 bezahlte Ausgaben, zusammen 0,10 EUR)");
		assertThat(staff.get("/foerderung/" + period + "/nachweise/final").body()).contains("Verwendungsnachweis", "(3 bezahlte Ausgaben, zusammen 333,63 EUR)");

		// the Sachbericht: a lead saves it; empty is refused at the field; others may read but not write
		String csrf = staff.csrfTokenFrom(base);
		HttpResponse<String> empty = staff.postFormRaw(base, ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "sachbericht", " ")));
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("aria-invalid=\"true\"", "Sachbericht");
		assertThat(staff.postFormRaw(base, ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "sachbericht",
				"1. Ziele\nDie Pilotvorhaben liefen wie geplant <b>gut</b>."))).statusCode()).isEqualTo(302);
		assertThat(staff.get(base).body()).contains("gespeichert", "Die Pilotvorhaben liefen wie geplant &lt;b&gt;gut&lt;/b&gt;.");
		WebClientSession coordinatorSession = new WebClientSession(port);
		coordinatorSession.login("koordination", "demo");
		assertThat(coordinatorSession.get(base).statusCode()).isEqualTo(200);
		assertThat(coordinatorSession.postFormRaw(base, ExhibitionIntegrationTests.form(Map.of("_csrf", coordinatorSession.csrfTokenFrom(base),
				"sachbericht", "Überschrieben"))).statusCode()).isEqualTo(403);
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get(base).statusCode()).isEqualTo(403);
		assertThat(expert.getBytes(base + ".xlsx").statusCode()).isEqualTo(403);
		assertThat(staff.get("/foerderung/" + period + "/nachweise/1999").statusCode()).isEqualTo(404);
		assertThat(staff.get("/foerderung/" + period + "/nachweise/abc").statusCode()).isEqualTo(404);
	}

	static String id(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Api.parse(created.body()).path("id").asText();
	}

	static void pay(Api coordinator, String id, LocalDate on) {
		HttpResponse<String> paid = coordinator.post("/api/funding/expenditures/" + id + "/payment", Map.of("paidOn", on.toString(),
				"paymentReference", "Buchung " + id.substring(0, 6)));
		assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
	}
}
