package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import de.kommunalpilot.platform.GermanDates;

/**
 * Attachments on cases: stored with their checksum in the database, types checked by content, the size
 * limit, and the case's access rules for listing, adding and downloading.
 */
@IntegrationTest
class DocumentsIntegrationTests {

	static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.US_ASCII);
	static final byte[] PNG = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	String reference;

	@BeforeEach
	void pilot() {
		reference = Api.parse(new Api(port, "koordination").post("/api/pilots", Map.of("ags", "08416036", "municipalityName",
				"Stadt Rottenburg am Neckar", "title", "Dokumente-Test", "enquiry", "Mit Anhängen")).body()).path("reference").asText();
	}

	@Test
	void storesAnUploadWithItsChecksumAndServesItBack() throws Exception {
		HttpResponse<String> upload = upload("koordination", "PILOT/" + reference, "Protokoll Auftakt.pdf", PDF);

		assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
		JsonNode stored = Api.parse(upload.body());
		assertThat(stored.path("mediaType").asText()).isEqualTo("application/pdf");
		assertThat(stored.path("sha256").asText()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)));
		assertThat(stored.path("size").asLong()).isEqualTo(PDF.length);
		HttpResponse<byte[]> download = WebClientSession.basicBytes(port, "/api/documents/" + stored.path("id").asText() + "/content",
				"koordination");
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("Protokoll");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

		assertThat(upload("koordination", "PILOT/" + reference, "foto.png", PNG).statusCode()).isEqualTo(201);
		HttpResponse<String> word = upload("koordination", "PILOT/" + reference, "Protokoll.xlsx",
				zip(Map.of("[Content_Types].xml", new byte[10], "_rels/.rels", new byte[10], "word/document.xml", new byte[100])));
		assertThat(word.statusCode()).as(word.body()).isEqualTo(201);
		assertThat(Api.parse(word.body()).path("mediaType").asText()).isEqualTo(
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		assertThat(new Api(port, "leitung").getJson("/api/documents/PILOT/" + reference)).hasSize(3);
	}

	@Test
	void refusesTypesByContentAndFilesOverTheLimitStoringNothing() {
		long before = documents();

		HttpResponse<String> html = upload("koordination", "PILOT/" + reference, "bericht.pdf",
				"<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.statusCode()).isEqualTo(415);
		assertThat(html.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Api.parse(html.body()).path("detail").asText()).contains("nicht erlaubt");

		byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
		assertThat(upload("koordination", "PILOT/" + reference, "tabelle.xlsx", exe).statusCode()).isEqualTo(415);

		byte[] large = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		HttpResponse<String> tooLarge = upload("koordination", "PILOT/" + reference, "gross.pdf", large);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(Api.parse(tooLarge.body()).path("detail").asText()).contains("höchstens 20,0 MB");

		// office files are looked into: a ZIP that only starts like one, and a zip bomb (1 GiB of zeros in 1 MB)
		byte[] fake = zip(Map.of("[Content_Types].xml", new byte[10]));
		assertThat(upload("koordination", "PILOT/" + reference, "tabelle.xlsx", fake).statusCode()).isEqualTo(415);
		byte[] bomb = zip(Map.of("[Content_Types].xml", new byte[10], "_rels/.rels", new byte[10], "word/document.xml",
				new byte[1024 * 1024 * 1024]));
		HttpResponse<String> bombed = upload("koordination", "PILOT/" + reference, "bericht.docx", bomb);
		assertThat(bombed.statusCode()).as("%d bytes", bomb.length).isEqualTo(413);
		assertThat(Api.parse(bombed.body()).path("detail").asText()).contains("komprimiert");

		assertThat(upload("koordination", "PILOT/" + reference, "leer.pdf", new byte[0]).statusCode()).isEqualTo(400);
		assertThat(upload("koordination", "PILOT/P-1999-9999", "x.pdf", PDF).statusCode()).isEqualTo(404);
		assertThat(documents()).isEqualTo(before);
	}

	@Test
	void followsTheAccessRulesOfTheCase() {
		String id = Api.parse(upload("koordination", "PILOT/" + reference, "intern.pdf", PDF).body()).path("id").asText();

		assertThat(upload("expertin", "PILOT/" + reference, "fremd.pdf", PDF).statusCode()).isEqualTo(403);
		assertThat(new Api(port, "expertin").get("/api/documents/PILOT/" + reference).statusCode()).isEqualTo(403);
		assertThat(WebClientSession.basicBytes(port, "/api/documents/" + id + "/content", "expertin").statusCode()).isEqualTo(403);
		assertThat(upload("leitung", "LOAN/A-1999-0001", "x.pdf", PDF).statusCode()).isEqualTo(404);

		WebClientSession coordinator = new WebClientSession(port);
		coordinator.login("koordination", "demo");
		String section = coordinator.get("/dokumente/PILOT/" + reference).body();
		assertThat(section).contains("intern.pdf", "Hochladen", "hx-post");
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/dokumente/PILOT/" + reference).statusCode()).isEqualTo(403);
		assertThat(expert.get("/dokumente/datei/" + id).statusCode()).isEqualTo(403);
	}

	@Test
	void loansAndMeetingsTakeDocumentsFromCoordinatorsAndShowThemToStaff() {
		Api coordinator = new Api(port, "koordination");
		java.time.LocalDate from = java.time.LocalDate.now(GermanDates.ZONE).plusDays(640);
		String loan = Api.parse(coordinator.post("/api/exhibition/loans", ExhibitionIntegrationTests.request("SET-B", from, from.plusDays(5),
				"dokumente@ulm.example.org")).body()).path("reference").asText();
		String meeting = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Treffen mit Unterlagen")).body()).path("reference").asText();

		assertThat(upload("koordination", "LOAN/" + loan, "Lieferschein.pdf", PDF).statusCode()).isEqualTo(201);
		assertThat(upload("koordination", "MEETING/" + meeting, "Einladung.png", PNG).statusCode()).isEqualTo(201);
		assertThat(upload("leitung", "LOAN/" + loan, "von-der-Leitung.pdf", PDF).statusCode()).isEqualTo(403);
		assertThat(new Api(port, "leitung").getJson("/api/documents/LOAN/" + loan).findValuesAsText("fileName")).contains("Lieferschein.pdf");
		assertThat(new Api(port, "leitung").getJson("/api/documents/MEETING/" + meeting).findValuesAsText("fileName")).contains("Einladung.png");
		assertThat(new Api(port, "expertin").get("/api/documents/MEETING/" + meeting).statusCode()).isEqualTo(403);
		assertThat(upload("koordination", "MEETING/T-1999-0001", "x.pdf", PDF).statusCode()).isEqualTo(404);
	}

	long documents() {
		return jdbc.queryForObject("select count(*) from documents_document", Long.class);
	}

	static byte[] zip(Map<String, byte[]> parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			for (var part : new java.util.TreeMap<>(parts).entrySet()) {
				zip.putNextEntry(new java.util.zip.ZipEntry(part.getKey()));
				zip.write(part.getValue());
			}
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}

	HttpResponse<String> upload(String user, String owner, String fileName, byte[] content) {
		return upload(port, user, owner, fileName, content);
	}

	/** An upload over the API as {@code user} (password demo) to {@code owner} („PILOT/P-2026-0001“). */
	static HttpResponse<String> upload(int port, String user, String owner, String fileName, byte[] content) {
		String boundary = "----kommunalpilot" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/documents/" + owner))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Accept", "application/json, application/problem+json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
