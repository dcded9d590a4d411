package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/** Waiting for what the application does after a commit. */
final class Await {

	private Await() {
	}

	/** Until every document that steps owe (fee agreements, final reports, loan agreements) is made. */
	static void dueDocumentsMade(JdbcTemplate jdbc) {
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
				assertThat(jdbc.queryForObject("select count(*) from documents_due", Integer.class)).as("documents still due").isZero());
	}
}
