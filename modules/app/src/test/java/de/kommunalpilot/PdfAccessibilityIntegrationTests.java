package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * Every kind of PDF the application generates — the guide, the final report, the fee and the loan agreement — is
 * tagged as PDF/UA: a structure tree, MarkInfo Marked=true, document language German, a title shown as the window
 * title, every font embedded (read back with PDFBox).
 */
@IntegrationTest
class PdfAccessibilityIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired JdbcTemplate jdbc;
	@Autowired TaskService taskService;

	@Test
	void everyGeneratedPdfIsTaggedWithLanguageTitleAndEmbeddedFonts() throws Exception {
		String pilot = demo.pilotAt("COMPLETED", "08416006", "Bodelshausen", "Zugängliche Berichte", "expertin");
		Api coordinator = new Api(port, "koordination");
		String loan = Api.parse(coordinator.post("/api/exhibition/loans", ExhibitionIntegrationTests.request("SET-A",
				LocalDate.now(GermanDates.ZONE).plusDays(650), LocalDate.now(GermanDates.ZONE).plusDays(660), "pdfua@example.org")).body()).path("reference").asText();
		assertThat(coordinator.submit(taskService, loan, "Task_ConfirmLoan", Map.of("loanDecision", "confirm")).statusCode()).isEqualTo(204);
		Api lead = new Api(port, "leitung");
		String run = Api.parse(lead.post("/api/guide/runs", "").body()).path("id").asText();
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
				.until(() -> !"RUNNING".equals(lead.getJson("/api/guide/runs/" + run).path("status").asText()));
		Await.dueDocumentsMade(jdbc);

		List<Map<String, Object>> pdfs = jdbc.queryForList("""
				select distinct on (category) category, content from documents_document
				where kind = 'GENERATED' and category in ('guide', 'final-report', 'fee-agreement', 'loan-agreement')
				order by category, created_at desc""");
		assertThat(pdfs).extracting(row -> row.get("category")).containsExactlyInAnyOrder("guide", "final-report", "fee-agreement",
				"loan-agreement");
		for (Map<String, Object> pdf : pdfs) {
			checkTagged((String) pdf.get("category"), (byte[]) pdf.get("content"));
		}
		System.out.printf("PDF/UA: %d kinds of generated PDF checked (%s)%n", pdfs.size(), pdfs.stream().map(row -> row.get("category")).toList());
		coordinator.post("/api/exhibition/loans/" + loan + "/cancel", Map.of("reason", "Test beendet"));
		assertThat(pilot).isNotBlank();
	}

	/** PDF/UA as the programme's PDFs promise it: tagged, marked, German, titled (and the title shown), fonts embedded. */
	static void checkTagged(String kind, byte[] content) throws java.io.IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			var catalog = document.getDocumentCatalog();
			assertThat(catalog.getStructureTreeRoot()).as(kind + ": structure tree").isNotNull();
			assertThat(catalog.getMarkInfo()).as(kind + ": MarkInfo").isNotNull();
			assertThat(catalog.getMarkInfo().isMarked()).as(kind + ": Marked").isTrue();
			assertThat(catalog.getLanguage()).as(kind + ": language").startsWith("de");
			assertThat(document.getDocumentInformation().getTitle()).as(kind + ": title").isNotBlank();
			assertThat(catalog.getViewerPreferences() != null && catalog.getViewerPreferences().displayDocTitle())
					.as(kind + ": the title is shown, not the file name").isTrue();
			for (PDPage page : document.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					PDFont font = resources.getFont(name);
					assertThat(font.isEmbedded()).as(kind + ": font " + font.getName() + " embedded").isTrue();
				}
			}
		}
	}
}
