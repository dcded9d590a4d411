package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMailUtil;

import de.kommunalpilot.platform.MailOutbox;
import jakarta.mail.internet.MimeMessage;

/**
 * Mails leave through the outbox: written in the step's transaction, delivered over SMTP afterwards,
 * and never sent for a step that rolled back.
 */
@IntegrationTest
class MailOutboxIntegrationTests {

	@LocalServerPort int port;
	@Autowired MailOutbox outbox;
	@Autowired TransactionTemplate transactions;

	@Test
	void sendsTheDeclineNoticeToTheMunicipalityOverSmtp() throws Exception {
		Api coordinator = new Api(port, "koordination");
		String reference = Api.parse(coordinator.post("/api/pilots", Map.of("ags", "08416036", "municipalityName",
				"Stadt Rottenburg am Neckar", "title", "Absage-Test", "enquiry", "Text", "contactEmail",
				"absage@rottenburg.example.org")).body()).path("reference").asText();

		coordinator.complete(reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "decline", "declineReason",
				"Kein Bezug zum Programm"));

		MimeMessage mail = TestMailServer.awaitMailTo("absage@rottenburg.example.org", "(" + reference + ")");
		assertThat(mail.getSubject()).contains(reference).contains("Absage-Test");
		assertThat(GreenMailUtil.getBody(mail)).contains("Kein Bezug zum Programm");
		assertThat(outbox.recent(reference, 10)).filteredOn(sent -> !sent.category().equals("enquiry-received")).singleElement().satisfies(sent -> {
			assertThat(sent.category()).isEqualTo("enquiry-declined");
			assertThat(sent.status()).isIn("SENT", "PENDING");
			// every attempt at this mail carries the same id, so a copy sent again after a node died is recognisable
			assertThat(mail.getMessageID()).isEqualTo("<" + sent.id() + "@kommunalpilot>");
		});
	}

	@Test
	void showsTheOutboxToCoordinatorsOnly() {
		outbox.queue("sichtbar@example.org", "Sichtbar", "Text", "test", "OUTBOX-1");

		assertThat(new Api(port, "koordination").get("/api/outbox?reference=OUTBOX-1").body()).contains("sichtbar@example.org");
		assertThat(new Api(port, "koordination").get("/api/outbox").statusCode()).isEqualTo(200);
		assertThat(new Api(port, "expertin").get("/api/outbox").statusCode()).isEqualTo(403);
	}

	@Test
	void queuesNothingWhenTheStepRollsBack() {
		try {
			transactions.executeWithoutResult(status -> {
				outbox.queue("rollback@example.org", "Nie gesendet", "Text", "test", "ROLLBACK-1");
				throw new IllegalStateException("step failed");
			});
		}
		catch (IllegalStateException expected) {
			// the step failed as intended
		}

		assertThat(outbox.recent("ROLLBACK-1", 10)).isEmpty();
	}
}
