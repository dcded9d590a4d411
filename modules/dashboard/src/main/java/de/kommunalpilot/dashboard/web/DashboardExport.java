package de.kommunalpilot.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.dashboard.Dashboard;
import de.kommunalpilot.dashboard.Indicators;
import de.kommunalpilot.platform.PageController;

/**
 * The dashboard's figures for the chosen span as a table to take away: CSV (semicolons, decimal comma, UTF-8 with BOM, as
 * German spreadsheet programs read it) and XLSX (numbers as numbers). One row per figure: Kennzahl, Eintrag, Wert.
 */
@PageController
@PreAuthorize("hasAnyAuthority('leads', 'coordinators', 'camunda-admin')")
class DashboardExport {

	private final Indicators indicators;
	private final Ranges ranges;

	DashboardExport(Indicators indicators, Ranges ranges) {
		this.indicators = indicators;
		this.ranges = ranges;
	}

	@GetMapping("/dashboard/export.csv")
	ResponseEntity<byte[]> csv(@RequestParam(name = "zeitraum", required = false) String chosen) {
		Dashboard.Range range = ranges.resolve(chosen);
		StringBuilder text = new StringBuilder("\uFEFFKennzahl;Eintrag;Wert\r\nZeitraum;" + cell(range.label()) + ";\r\n");
		indicators.of(range).forEach(row -> text.append(cell(row.figure())).append(';').append(cell(row.entry())).append(';')
				.append(row.value().toPlainString().replace('.', ',')).append("\r\n"));
		return download(text.toString().getBytes(StandardCharsets.UTF_8), "text/csv;charset=UTF-8", range, "csv");
	}

	@GetMapping("/dashboard/export.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(name = "zeitraum", required = false) String chosen) {
		Dashboard.Range range = ranges.resolve(chosen);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Kennzahlen");
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue("Kennzahlen – " + range.label());
			Row header = sheet.createRow(1);
			header.createCell(0).setCellValue("Kennzahl");
			header.createCell(1).setCellValue("Eintrag");
			header.createCell(2).setCellValue("Wert");
			int index = 2;
			for (Indicators.Indicator row : indicators.of(range)) {
				Row line = sheet.createRow(index++);
				line.createCell(0).setCellValue(row.figure());
				line.createCell(1).setCellValue(row.entry());
				line.createCell(2).setCellValue(row.value().doubleValue());
			}
			for (int column = 0; column < 3; column++) {
				sheet.autoSizeColumn(column);
			}
			workbook.write(out);
			return download(out.toByteArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", range, "xlsx");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String cell(String text) {
		// a cell a spreadsheet would read as a formula is written as text
		String safe = text.matches("^[=+\\-@].*") ? "'" + text : text;
		return safe.contains(";") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

	private static ResponseEntity<byte[]> download(byte[] content, String type, Dashboard.Range range, String extension) {
		String name = "Kennzahlen-" + range.label().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("-+$", "") + "." + extension;
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff").body(content);
	}

}
