package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * The documents a step owes are made after its commit: the step's decision does not wait for the PDF, the document
 * comes once, and one that cannot be made neither undoes the step nor holds up the others.
 */
@IntegrationTest
class DueDocumentsIntegrationTests {

	@Autowired DemoData demo;
	@Autowired JdbcTemplate jdbc;

	// pilots driven to the end, so that the demo expert's workload (and so other tests' rankings) stays as it was
	@Test
	void theDocumentsFollowTheStepsOnce() {
		String reference = demo.pilotAt("COMPLETED", "08416041", "Tübingen", "Dokumente danach", "expertin");
		// the steps committed: the pilot is completed whether or not the PDFs are there yet
		assertThat(jdbc.queryForObject("select phase from pilot_pilot where reference = ?", String.class, reference)).isEqualTo("COMPLETED");

		Await.dueDocumentsMade(jdbc);
		for (String category : new String[] { "fee-agreement", "final-report" }) {
			assertThat(jdbc.queryForObject("select count(*) from documents_document where owner_id = ? and category = ?",
					Integer.class, reference, category)).as(category).isOne();
			assertThat(jdbc.queryForObject("select count(*) from platform_mail_outbox where reference = ? and category = ?",
					Integer.class, reference, category)).as("the mail with the " + category).isOne();
		}
	}

	@Test
	void aDocumentThatCannotBeMadeIsTriedAgainWithoutHoldingUpTheOthers() {
		String unknown = UUID.randomUUID().toString();
		jdbc.update("insert into documents_due (id, category, owner_id, created_at) values (?, 'final-report', ?, now() - interval '1 hour')",
				UUID.randomUUID(), unknown);
		try {
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
					"select attempts from documents_due where owner_id = ?", Integer.class, unknown) >= 1);
			assertThat(jdbc.queryForObject("select last_error from documents_due where owner_id = ?", String.class, unknown)).isNotBlank();

			// a document owed after it is made although the broken one is older
			String reference = demo.pilotAt("COMPLETED", "08416041", "Tübingen", "Trotz defektem Bericht", "expertin");
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
					"select count(*) from documents_document where owner_id = ? and category = 'fee-agreement'", Integer.class, reference) == 1);
		}
		finally {
			jdbc.update("delete from documents_due where owner_id = ?", unknown);
		}
	}
}
