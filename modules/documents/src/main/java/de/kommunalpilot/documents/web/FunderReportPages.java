package de.kommunalpilot.documents.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.kommunalpilot.dashboard.Dashboard;
import de.kommunalpilot.dashboard.Indicators;
import de.kommunalpilot.documents.generation.PdfRenderer;
import de.kommunalpilot.funding.Budget;
import de.kommunalpilot.funding.Expenditure;
import de.kommunalpilot.funding.FundedCase;
import de.kommunalpilot.funding.FundedCases;
import de.kommunalpilot.funding.FunderReports;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.GermanNumbers;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The reports to the funder for a funding period — each Zwischennachweis and the Verwendungsnachweis: the indicators of
 * the span, the zahlenmäßiger Nachweis (income; planned against actual per line), the Belegliste, and the Sachbericht
 * the leads edit (a draft from the figures until they save one). As a page, a tagged PDF (PDF/UA) and an XLSX with one
 * sheet per part; the Belegliste sums to the actual expenditure in all three.
 */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class FunderReportPages {

	private static final int RECEIPTS_ON_PAGE = 50;

	private final FunderReports reports;
	private final Funding funding;
	private final FundedCases cases;
	private final Indicators indicators;
	private final PdfRenderer pdf;
	private final de.kommunalpilot.pilots.Pilots pilots;
	private final de.kommunalpilot.meetings.Meetings meetings;

	FunderReportPages(FunderReports reports, Funding funding, FundedCases cases, Indicators indicators, PdfRenderer pdf,
			de.kommunalpilot.pilots.Pilots pilots, de.kommunalpilot.meetings.Meetings meetings) {
		this.pilots = pilots;
		this.meetings = meetings;
		this.reports = reports;
		this.funding = funding;
		this.cases = cases;
		this.indicators = indicators;
		this.pdf = pdf;
	}

	@GetMapping("/foerderung/{reference}/nachweise/{key:final|\\d{4}}")
	String page(@PathVariable String reference, @PathVariable String key, Model model) {
		return page(reference, key, model, null, Map.of());
	}

	@PostMapping("/foerderung/{reference}/nachweise/{key:final|\\d{4}}")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	String save(@PathVariable String reference, @PathVariable String key, @RequestParam(required = false) String sachbericht,
			Authentication user, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			reports.saveSachbericht(reference, key, sachbericht, user.getName());
			redirect.addFlashAttribute("info", "Der Sachbericht ist gespeichert.");
			return "redirect:/foerderung/" + reference + "/nachweise/" + key;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(reference, key, model, sachbericht, e.errors());
		}
	}

	private String page(String reference, String key, Model model, String typed, Map<String, String> errors) {
		Report report = report(reference, key);
		model.addAttribute("report", report);
		model.addAttribute("sachbericht", typed != null ? typed : report.sachbericht());
		model.addAttribute("receiptsShown", report.statement().receipts().stream().limit(RECEIPTS_ON_PAGE).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("max", FunderReports.SACHBERICHT_MAX);
		return "documents/funder-report";
	}

	@GetMapping("/foerderung/{reference}/nachweise/{key:final|\\d{4}}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String reference, @PathVariable String key) {
		Report report = report(reference, key);
		byte[] document = pdf.render("funder-report", Map.of("report", report, "money", new FeeStatementPdf.GermanNumbersView(), "dates",
				new FeeStatementPdf.GermanDatesView(), "today", GermanDates.format(LocalDate.now(GermanDates.ZONE))));
		return Downloads.inlinePdf(report.fileName() + ".pdf", document);
	}

	@GetMapping("/foerderung/{reference}/nachweise/{key:final|\\d{4}}.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable String reference, @PathVariable String key) {
		Report report = report(reference, key);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle euro = workbook.createCellStyle();
			euro.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"EUR\""));
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));

			Sheet figures = workbook.createSheet("Kennzahlen");
			rowOf(figures, 0, report.title(), report.spanLabel());
			rowOf(figures, 1, "Kennzahl", "Eintrag", "Wert");
			int index = 2;
			for (Indicators.Indicator indicator : report.indicators()) {
				Row row = rowOf(figures, index++, indicator.figure(), indicator.entry());
				row.createCell(2).setCellValue(indicator.value().doubleValue());
			}

			Sheet numbers = workbook.createSheet("Zahlenmäßiger Nachweis");
			rowOf(numbers, 0, report.title(), report.spanLabel());
			rowOf(numbers, 1, "Einnahmen");
			money(rowOf(numbers, 2, "Zuwendung"), 1, report.statement().period().grantedAmount(), euro);
			money(rowOf(numbers, 3, "Eigenmittel"), 1, report.statement().period().ownContribution(), euro);
			money(rowOf(numbers, 4, "Summe der Einnahmen"), 1, report.statement().income(), euro);
			rowOf(numbers, 6, "Ausgaben je Budgetzeile", "Plan", "Ist (bezahlt)", "Abweichung", "gebunden, noch nicht bezahlt");
			index = 7;
			for (Budget.Line line : report.statement().budget().lines()) {
				lineRow(rowOf(numbers, index++, line.label()), line, euro);
			}
			lineRow(rowOf(numbers, index, "Summe der Ausgaben"), report.statement().budget().total(), euro);

			Sheet receipts = workbook.createSheet("Belegliste");
			rowOf(receipts, 0, "Nr.", "Belegdatum", "bezahlt am", "Zahlungsempfänger", "Zweck", "Budgetzeile", "Fall", "Zeichen der Zahlung",
					"Betrag");
			index = 1;
			for (Expenditure expenditure : report.statement().receipts()) {
				Row row = rowOf(receipts, index, String.valueOf(index));
				date(row, 1, expenditure.incurredOn(), day);
				date(row, 2, expenditure.paidOn(), day);
				row.createCell(3).setCellValue(text(expenditure.payee()));
				row.createCell(4).setCellValue(text(expenditure.purpose()));
				row.createCell(5).setCellValue(report.lineLabel(expenditure.lineCode()));
				row.createCell(6).setCellValue(expenditure.caseReference() == null ? "" : expenditure.caseReference());
				row.createCell(7).setCellValue(text(expenditure.paymentReference()));
				money(row, 8, expenditure.amount(), euro);
				index++;
			}
			money(rowOf(receipts, index, "", "", "", "", "", "", "", "Summe"), 8, report.statement().actual(), euro);

			Sheet text = workbook.createSheet("Sachbericht");
			rowOf(text, 0, report.title());
			int line = 2;
			for (String paragraph : report.sachbericht().split("\n")) {
				rowOf(text, line++, text(paragraph));
			}
			for (Sheet sheet : List.of(figures, numbers, receipts)) {
				for (int column = 0; column < 9; column++) {
					sheet.autoSizeColumn(column);
				}
			}
			text.setColumnWidth(0, 120 * 256);
			workbook.write(out);
			return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
					.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.fileName() + ".xlsx",
							StandardCharsets.UTF_8).build().toString())
					.header("X-Content-Type-Options", "nosniff").body(out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Row rowOf(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
		return row;
	}

	private static void lineRow(Row row, Budget.Line line, CellStyle euro) {
		money(row, 1, line.planned(), euro);
		money(row, 2, line.paid(), euro);
		money(row, 3, line.paid().subtract(line.planned()), euro);
		money(row, 4, line.committed(), euro);
	}

	private static Row money(Row row, int column, BigDecimal amount, CellStyle euro) {
		var cell = row.createCell(column);
		cell.setCellValue(amount == null ? 0 : amount.doubleValue());
		cell.setCellStyle(euro);
		return row;
	}

	private static void date(Row row, int column, LocalDate date, CellStyle day) {
		if (date != null) {
			var cell = row.createCell(column);
			cell.setCellValue(date);
			cell.setCellStyle(day);
		}
	}

	/** A text a spreadsheet would read as a formula is written as text. */
	private static String text(String value) {
		return value == null ? "" : value.matches("^[=+\\-@].*") ? "'" + value : value;
	}

	private Report report(String reference, String key) {
		FunderReports.FinancialStatement statement = reports.statement(reference, key);
		Dashboard.Range range = Dashboard.Range.of(statement.first(), statement.last(), statement.report().label());
		Indicators.Headline headline = indicators.headline(range);
		Map<String, String> labels = funding.terms().lines().stream().collect(Collectors.toMap(line -> line.code(), line -> line.label()));
		java.util.Optional<String> saved = reports.sachbericht(reference, key);
		return new Report(key, statement, indicators.of(range, headline), headline, saved.orElseGet(() -> draft(statement, headline, cases.ofPeriod(reference))),
				saved.isPresent(), labels);
	}

	/**
	 * The Sachbericht as a draft from the figures, the pilots' documentation (results) and the meetings' minutes, for the
	 * leads to complete.
	 */
	String draft(FunderReports.FinancialStatement statement, Indicators.Headline headline, List<FundedCases.CaseBudget> funded) {
		Dashboard.Totals totals = headline.totals();
		StringBuilder text = new StringBuilder();
		text.append("1. Ziele und Maßnahmen im Berichtszeitraum\n");
		text.append("Vom ").append(GermanDates.format(statement.first())).append(" bis ").append(GermanDates.format(statement.last()))
				.append(" begleitete das Programm ").append(totals.pilots()).append(" Pilotvorhaben in ").append(totals.municipalities())
				.append(" Kommunen; ").append(totals.completed()).append(totals.completed() == 1 ? " wurde" : " wurden").append(" abgeschlossen. ").append(totals.experts())
				.append(" migrantische Expert*innen berieten ").append(GermanNumbers.number(totals.hours())).append(" Stunden. Es fanden ")
				.append(headline.meetings()).append(" Austauschtreffen mit ").append(headline.participants())
				.append(" Teilnehmenden (").append(headline.registered()).append(" angemeldet, ").append(headline.organisations())
				.append(" Organisationen) statt; die SDG-Ausstellung wurde ").append(headline.loans()).append("-mal ausgeliehen; ")
				.append(headline.practicesAdded()).append(" Best Practices kamen in den Katalog.\n\n");
		for (FundedCase.Kind kind : FundedCase.Kind.values()) {
			List<FundedCases.CaseBudget> ofKind = funded.stream().filter(entry -> entry.funded().kind() == kind).toList();
			if (!ofKind.isEmpty()) {
				text.append(kind == FundedCase.Kind.PILOT ? "2. Pilotvorhaben" : kind == FundedCase.Kind.MEETING ? "3. Austauschtreffen" : "4. Ausstellung")
						.append('\n');
				ofKind.forEach(entry -> {
					text.append("- ").append(entry.funded().reference()).append(" · ").append(entry.funded().title());
					String account = accountOf(entry.funded());
					if (account != null && !account.isBlank()) {
						text.append(": ").append(excerpt(account));
					}
					text.append('\n');
				});
				text.append('\n');
			}
		}
		text.append("5. Abweichungen vom Finanzierungsplan\n");
		List<Budget.Line> over = statement.budget().lines().stream().filter(line -> line.paid().compareTo(line.planned()) > 0).toList();
		if (over.isEmpty()) {
			text.append("Keine Budgetzeile wurde überschritten.\n");
		}
		else {
			over.forEach(line -> text.append("- ").append(line.label()).append(": ").append(GermanNumbers.money(line.paid())).append(" statt ")
					.append(GermanNumbers.money(line.planned())).append(" – Begründung: [bitte ergänzen]\n"));
		}
		text.append("\n6. Erfahrungen und Ausblick\n[bitte ergänzen]");
		return text.toString();
	}

	/** What a case's own records say about it: a pilot's documented results, a meeting's minutes. */
	private String accountOf(FundedCase funded) {
		return switch (funded.kind()) {
			case PILOT -> pilots.read(funded.reference(), pilot -> pilot.results());
			case MEETING -> meetings.read(funded.reference(), meeting -> meeting.minutes());
			case LOAN -> null;
		};
	}

	private static String excerpt(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= 400 ? line : line.substring(0, 399) + "…";
	}

	/** One report as the page, the PDF and the XLSX show it. */
	record Report(String key, FunderReports.FinancialStatement statement, List<Indicators.Indicator> indicators, Indicators.Headline headline,
			String sachbericht, boolean saved, Map<String, String> labels) {

		public String title() {
			return statement.report().label() + " – " + statement.period().title() + " (" + statement.period().grantNotice() + ")";
		}

		public String spanLabel() {
			return GermanDates.format(statement.first()) + " bis " + GermanDates.format(statement.last());
		}

		public String lineLabel(String code) {
			return labels.getOrDefault(code, code);
		}

		public String fileName() {
			return (statement.report().kind().name().equals("FINAL") ? "Verwendungsnachweis" : "Zwischennachweis-" + statement.report().year()) + "-"
					+ statement.period().reference();
		}

		/** The Sachbericht in paragraphs, for the PDF. */
		public List<String> paragraphs() {
			return List.of(sachbericht.split("\n"));
		}
	}
}
