package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.platform.MailOutbox;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import de.kommunalpilot.platform.GermanDates;

/**
 * The travelling exhibition: requests, the booking that the database keeps free of overlaps even under
 * concurrent requests, the loan from confirmation (with its PDF agreement) through shipping and return
 * to damage settlement, cancellation, the public request page and the staff calendar.
 */
@IntegrationTest
class ExhibitionIntegrationTests {

	@LocalServerPort int port;
	@Autowired TaskService taskService;
	@Autowired ManagementService managementService;
	@Autowired JdbcTemplate jdbc;
	@Autowired TransactionTemplate transactions;
	@Autowired MailOutbox outbox;
	@Autowired de.kommunalpilot.exhibition.Exhibition exhibition;

	Api coordinator() {
		return new Api(port, "koordination");
	}

	static Map<String, Object> request(String kit, LocalDate from, LocalDate until, String email) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("ags", "08421000");
		request.put("municipalityName", "Universitätsstadt Ulm");
		request.put("venue", "Stadthaus Ulm");
		request.put("deliveryAddress", "Münsterplatz 50\n89073 Ulm");
		request.put("contactName", "Frau Weber");
		request.put("contactEmail", email);
		request.put("from", from.toString());
		request.put("until", until.toString());
		request.put("kitCode", kit);
		return request;
	}

	JsonNode requestLoan(Map<String, Object> request) {
		HttpResponse<String> response = coordinator().post("/api/exhibition/loans", request);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return Api.parse(response.body());
	}

	@Test
	void confirmsExactlyOneOfTwentyConcurrentRequestsForOverlappingPeriods() throws Exception {
		LocalDate base = LocalDate.now(GermanDates.ZONE).plusDays(400);
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> futures = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			LocalDate from = base.plusDays(i);
			Map<String, Object> request = request("SET-B", from, from.plusDays(14), "gleichzeitig" + i + "@ulm.example.org");
			futures.add(CompletableFuture.supplyAsync(() -> {
				await(start);
				return coordinator().post("/api/exhibition/loans", request);
			}, pool));
		}
		start.countDown();
		List<HttpResponse<String>> responses = futures.stream().map(CompletableFuture::join).toList();
		pool.shutdown();

		assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isIn(201, 409));
		List<JsonNode> created = responses.stream().filter(r -> r.statusCode() == 201).map(r -> Api.parse(r.body())).toList();
		List<JsonNode> reserved = created.stream().filter(loan -> "RESERVED".equals(loan.path("status").asText())).toList();
		System.out.printf("20 concurrent requests for SET-B: %d reserved, %d alternatives, %d conflicts (409)%n", reserved.size(),
				created.size() - reserved.size(), responses.size() - created.size());
		// SET-B as asked, then the identical SET-A for the same period: one loan each, never two on one kit
		assertThat(reserved).hasSize(2);
		assertThat(reserved).extracting(loan -> loan.path("kitCode").asText()).containsExactlyInAnyOrder("SET-B", "SET-A");
		LocalDate firstFree = reserved.stream().map(loan -> LocalDate.parse(loan.path("until").asText())).min(LocalDate::compareTo).orElseThrow();
		assertThat(created).filteredOn(loan -> !"RESERVED".equals(loan.path("status").asText()))
				.allSatisfy(loan -> {
					assertThat(loan.path("status").asText()).isEqualTo("ALTERNATIVE_OFFERED");
					assertThat(LocalDate.parse(loan.path("alternativeFrom").asText())).isAfter(firstFree);
				});
		for (String kit : List.of("SET-A", "SET-B")) {
			assertThat(jdbc.queryForObject("""
					select count(*) from exhibition_booking b join exhibition_kit k on k.id = b.kit_id
					where k.code = ? and b.blocked && daterange(?, ?, '[]')
					""", Integer.class, kit, java.sql.Date.valueOf(base.minusDays(5)), java.sql.Date.valueOf(base.plusDays(40)))).as(kit).isOne();
		}

		for (JsonNode loan : created) {
			if ("RESERVED".equals(loan.path("status").asText())) {
				submit(loan.path("reference").asText(), "Task_ConfirmLoan", Map.of("loanDecision", "confirm"));
			}
		}
		long confirmed = created.stream().map(loan -> coordinator()
				.getJson("/api/exhibition/loans/" + loan.path("reference").asText()).path("status").asText())
				.filter("CONFIRMED"::equals).count();
		assertThat(confirmed).isEqualTo(2);
	}

	@Test
	void aTakenKitGivesWayToAnIdenticalOneBeforeALaterDateIsOffered() {
		LocalDate from = LocalDate.now(GermanDates.ZONE).plusDays(500);
		JsonNode first = requestLoan(request("SET-A", from, from.plusDays(10), "zuerst@ulm.example.org"));
		assertThat(first.path("kitCode").asText()).isEqualTo("SET-A");
		JsonNode second = requestLoan(request("SET-A", from, from.plusDays(10), "danach@ulm.example.org"));
		assertThat(second.path("status").asText()).isEqualTo("RESERVED");
		assertThat(second.path("kitCode").asText()).as("the identical set, for the period asked").isEqualTo("SET-B");
		JsonNode third = requestLoan(request("SET-A", from, from.plusDays(10), "zuletzt@ulm.example.org"));
		assertThat(third.path("status").asText()).isEqualTo("ALTERNATIVE_OFFERED");
		assertThat(LocalDate.parse(third.path("alternativeFrom").asText())).isAfter(from.plusDays(10));
		// the offer's link fills in the whole request again, with the free period and set
		String body = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.queryForList(
				"select body from platform_mail_outbox where reference = ? and category = 'alternative'", String.class,
				third.path("reference").asText()).stream().findFirst().orElse(null), java.util.Objects::nonNull);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("(/oeffentlich/ausstellung\\?angebot=[A-Za-z0-9_-]+)").matcher(body);
		assertThat(link.find()).as(body).isTrue();
		assertThat(body).doesNotContain("zuletzt@ulm.example.org").contains("kein Ausstellungsset frei");
		String prefilled = new WebClientSession(port).get(link.group(1)).body();
		assertThat(prefilled).contains("value=\"zuletzt@ulm.example.org\"", "value=\"Stadthaus Ulm\"", "value=\"08421000\"",
				"value=\"Frau Weber\"", "value=\"" + third.path("alternativeFrom").asText() + "\"", "Münsterplatz 50");
		for (JsonNode loan : List.of(first, second, third)) {
			coordinator().post("/api/exhibition/loans/" + loan.path("reference").asText() + "/cancel", Map.of("reason", "Test beendet"));
		}
	}

	@Test
	void theDatabaseRefusesTheSecondOfTwoConcurrentOverlappingBookings() throws Exception {
		LocalDate far = LocalDate.now(GermanDates.ZONE).plusDays(500);
		String first = requestLoan(request("KOMPAKT", far, far.plusDays(7), "a@ulm.example.org")).path("reference").asText();
		String second = requestLoan(request("KOMPAKT", far.plusDays(60), far.plusDays(67), "b@ulm.example.org")).path("reference").asText();
		LocalDate targetFrom = far.plusDays(120);
		String move = """
				update exhibition_booking set blocked = daterange(?, ?, '[]')
				where loan_id = (select id from exhibition_loan where reference = ?)
				""";

		CountDownLatch firstMoved = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			jdbc.update(move, java.sql.Date.valueOf(targetFrom), java.sql.Date.valueOf(targetFrom.plusDays(10)), first);
			firstMoved.countDown();
			await(releaseFirst);
		}));
		assertThat(firstMoved.await(20, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> contender = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status ->
				jdbc.update(move, java.sql.Date.valueOf(targetFrom.plusDays(5)), java.sql.Date.valueOf(targetFrom.plusDays(15)), second)));
		// the contender waits for the first transaction: PostgreSQL cannot decide the exclusion before it ends
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
				"select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%exhibition_booking%'",
				Integer.class) == 1);
		releaseFirst.countDown();
		holder.get(20, TimeUnit.SECONDS);

		assertThatThrownBy(() -> contender.get(20, TimeUnit.SECONDS)).cause()
				.isInstanceOf(DataAccessException.class)
				.satisfies(e -> assertThat(((SQLException) ((DataAccessException) e).getMostSpecificCause()).getSQLState())
						.isEqualTo("23P01"));
	}

	@Test
	void carriesALoanFromConfirmationThroughShippingAndReturnToDamageSettlement() throws Exception {
		LocalDate from = LocalDate.now(GermanDates.ZONE).plusDays(60);
		long lentBefore = exhibition.lentIn(from.plusDays(5), from.plusDays(6));
		JsonNode loan = requestLoan(request("SET-A", from, from.plusDays(20), "ausleihe@ulm.example.org"));
		String reference = loan.path("reference").asText();
		assertThat(loan.path("status").asText()).isEqualTo("RESERVED");
		assertThat(exhibition.lentIn(from.plusDays(5), from.plusDays(6))).as("a reservation is not a loan yet").isEqualTo(lentBefore);
		assertThat(loan.path("kitCode").asText()).isEqualTo("SET-A");

		HttpResponse<String> invalid = submitRaw(reference, "Task_ConfirmLoan", Map.of("loanDecision", "decline"));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("declineReason");
		submit(reference, "Task_ConfirmLoan", Map.of("loanDecision", "confirm"));
		assertThat(status(reference)).isEqualTo("CONFIRMED");
		assertThat(exhibition.lentIn(from.plusDays(5), from.plusDays(6))).as("the dashboard counts it").isEqualTo(lentBefore + 1);

		Await.dueDocumentsMade(jdbc);
		JsonNode documents = coordinator().getJson("/api/documents/LOAN/" + reference);
		assertThat(documents).singleElement().satisfies(d -> {
			assertThat(d.path("fileName").asText()).isEqualTo("Leihvertrag-" + reference + ".pdf");
			assertThat(d.path("category").asText()).isEqualTo("loan-agreement");
		});
		HttpResponse<byte[]> pdf = WebClientSession.basicBytes(port, "/api/documents/" + documents.get(0).path("id").asText() + "/content",
				"koordination");
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String text = text(pdf.body());
		assertThat(text).contains("Leihvertrag", reference, "Universitätsstadt Ulm", "Ausstellungsset A", "Stadthaus Ulm");
		MimeMessage mail = TestMailServer.awaitMailTo("ausleihe@ulm.example.org", reference);
		assertThat(mail.getSubject()).contains(reference);
		assertThat(((MimeMultipart) mail.getContent()).getBodyPart(1).getFileName()).isEqualTo("Leihvertrag-" + reference + ".pdf");

		executeTimer(reference);
		HttpResponse<String> missingCarrier = submitRaw(reference, "Task_ArrangeShipping", Map.of("shippedOn", LocalDate.now(GermanDates.ZONE).toString()));
		assertThat(missingCarrier.statusCode()).isEqualTo(400);
		assertThat(missingCarrier.body()).contains("carrier");
		submit(reference, "Task_ArrangeShipping", Map.of("shippedOn", LocalDate.now(GermanDates.ZONE).toString(), "carrier", "Spedition Schwab",
				"trackingNumber", "SW-4711"));
		assertThat(status(reference)).isEqualTo("SHIPPED");
		assertThat(outbox.recent(reference, 10)).anySatisfy(m -> assertThat(m.body()).contains("SW-4711"));

		executeTimer(reference);
		submit(reference, "Task_CheckReturn", Map.of("returnedOn", LocalDate.now(GermanDates.ZONE).toString(), "returnCondition", "damaged",
				"damageDescription", "Roll-up SDG 13 geknickt"));
		assertThat(status(reference)).isEqualTo("DAMAGE_SETTLEMENT");
		submit(reference, "Task_SettleDamage", Map.of("damageSettlement", "Reparatur über die Versicherung der Stadt", "damageCost", 180));
		assertThat(status(reference)).isEqualTo("COMPLETED");
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).count()).isZero();
	}

	@Test
	void cancellingAReservedLoanFreesTheKit() {
		LocalDate from = LocalDate.now(GermanDates.ZONE).plusDays(700);
		String reference = requestLoan(request("KOMPAKT", from, from.plusDays(10), "storno@ulm.example.org")).path("reference").asText();
		assertThat(coordinator().post("/api/exhibition/loans/" + reference + "/cancel", Map.of()).statusCode()).isEqualTo(400);

		assertThat(coordinator().post("/api/exhibition/loans/" + reference + "/cancel", Map.of("reason", "Veranstaltung abgesagt"))
				.statusCode()).isEqualTo(204);

		assertThat(status(reference)).isEqualTo("CANCELLED");
		assertThat(coordinator().post("/api/exhibition/loans/" + reference + "/cancel", Map.of("reason", "nochmal")).statusCode())
				.isEqualTo(409);
		JsonNode again = requestLoan(request("KOMPAKT", from, from.plusDays(10), "storno2@ulm.example.org"));
		assertThat(again.path("status").asText()).isEqualTo("RESERVED");
	}

	@Test
	void keepsLoansFromExpertsAndRejectsInvalidRequests() {
		assertThat(new Api(port, "expertin").get("/api/exhibition/loans").statusCode()).isEqualTo(403);
		assertThat(new Api(port, "expertin").post("/api/exhibition/loans", request("SET-A", LocalDate.now(GermanDates.ZONE).plusDays(90),
				LocalDate.now(GermanDates.ZONE).plusDays(95), "x@example.org")).statusCode()).isEqualTo(403);
		long before = loans();

		Map<String, Object> tooSoon = request("SET-A", LocalDate.now(GermanDates.ZONE).plusDays(2), LocalDate.now(GermanDates.ZONE).plusDays(100), "kein-mail");
		tooSoon.put("venue", "");
		HttpResponse<String> response = coordinator().post("/api/exhibition/loans", tooSoon);
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode errors = Api.parse(response.body()).path("errors");
		assertThat(errors.has("from")).isTrue();
		assertThat(errors.has("until")).isTrue();
		assertThat(errors.has("contactEmail")).isTrue();
		assertThat(errors.has("venue")).isTrue();
		Map<String, Object> unknownKit = request("SET-Z", LocalDate.now(GermanDates.ZONE).plusDays(90), LocalDate.now(GermanDates.ZONE).plusDays(95), "x@example.org");
		assertThat(Api.parse(coordinator().post("/api/exhibition/loans", unknownKit).body()).path("errors").has("kitCode")).isTrue();
		assertThat(coordinator().post("/api/exhibition/loans", "{\"from\": \"morgen\"}").statusCode()).isEqualTo(400);
		assertThat(loans()).isEqualTo(before);
	}

	@Test
	void municipalitiesRequestOnThePublicPageWithFieldMessagesAndAHoneypot() {
		WebClientSession visitor = new WebClientSession(port);
		HttpResponse<String> page = visitor.get("/oeffentlich/ausstellung");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Die SDG-Wanderausstellung ausleihen", "Ausstellungsset A");
		String csrf = visitor.csrfTokenFrom("/oeffentlich/ausstellung");
		long before = loans();

		HttpResponse<String> invalid = visitor.postForm("/oeffentlich/ausstellung", form(Map.of("_csrf", csrf, "ags", "123",
				"contactEmail", "kein-mail", "from", "2020-01-01")));
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("is-invalid", "Der Amtliche Gemeindeschlüssel", "Keine gültige E-Mail-Adresse",
				"frühestens", "Bitte stimmen Sie der Verarbeitung");
		assertThat(loans()).isEqualTo(before);

		LocalDate from = LocalDate.now(GermanDates.ZONE).plusDays(300);
		Map<String, String> valid = new LinkedHashMap<>(Map.of("_csrf", csrf, "ags", "08416031", "municipalityName", "Ofterdingen",
				"venue", "<script>alert('x')</script> Rathaus", "deliveryAddress", "Hauptstr. 1", "contactName", "Herr Öz",
				"contactEmail", "oez@example.org", "from", from.toString(), "until", from.plusDays(10).toString(), "consent", "on"));
		valid.put("kitCode", "SET-A");
		Map<String, String> bot = new LinkedHashMap<>(valid);
		bot.put("website", "http://spam.example");
		HttpResponse<String> botAnswer = visitor.postForm("/oeffentlich/ausstellung", form(bot));
		assertThat(botAnswer.statusCode()).isEqualTo(200);
		assertThat(botAnswer.body()).contains("Vielen Dank");
		assertThat(loans()).isEqualTo(before);

		HttpResponse<String> confirmation = visitor.postForm("/oeffentlich/ausstellung", form(valid));
		assertThat(confirmation.statusCode()).isEqualTo(200);
		assertThat(confirmation.body()).contains("Vielen Dank für Ihre Anfrage", "reserviert");
		assertThat(loans()).isEqualTo(before + 1);
		String reference = jdbc.queryForObject("select reference from exhibition_loan where contact_email = 'oez@example.org'", String.class);
		assertThat(confirmation.body()).contains(reference);

		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		String loanPage = staff.get("/ausstellung/" + reference).body();
		assertThat(loanPage).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Rathaus").doesNotContain("<script>alert");
		assertThat(loanPage).contains("Offene Aufgaben", "Ausleihe bestätigen · " + reference, "/camunda/app/tasklist/default/#/?task=");
		String calendar = staff.get("/ausstellung?monat=" + from.toString().substring(0, 7)).body();
		assertThat(calendar).contains("Belegung", reference, "kp-loan", "kp-buffer");
		assertThat(staff.get("/ausstellung?monat=Maerz").statusCode()).isEqualTo(400);
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.get("/ausstellung").statusCode()).isEqualTo(403);
	}

	// --- helpers

	String status(String reference) {
		return coordinator().getJson("/api/exhibition/loans/" + reference).path("status").asText();
	}

	long loans() {
		return jdbc.queryForObject("select count(*) from exhibition_loan", Long.class);
	}

	void executeTimer(String reference) {
		Job timer = managementService.createJobQuery().processInstanceId(processInstance(reference)).timers().singleResult();
		managementService.executeJob(timer.getId());
	}

	String processInstance(String reference) {
		return jdbc.queryForObject("select id_ from act_ru_execution where business_key_ = ? and parent_id_ is null", String.class,
				reference);
	}

	void submit(String reference, String taskKey, Map<String, Object> values) {
		HttpResponse<String> response = submitRaw(reference, taskKey, values);
		assertThat(response.statusCode()).as(taskKey + ": " + response.body()).isEqualTo(204);
	}

	HttpResponse<String> submitRaw(String reference, String taskKey, Map<String, Object> values) {
		return coordinator().submit(taskService, reference, taskKey, values);
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static String form(Map<String, String> fields) {
		return fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
	}

	static void await(CountDownLatch latch) {
		try {
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("latch not released");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
