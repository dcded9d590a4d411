package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.pilots.Pilots;

/**
 * References {@code P-<year>-<nnnn>} stay unique and gap-free when pilots are created concurrently, and
 * a creation that rolls back gives its number back.
 */
@IntegrationTest
class PilotReferenceIntegrationTests {

	@Autowired Pilots pilots;
	@Autowired RuntimeService runtimeService;
	@Autowired TransactionTemplate transactions;
	@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
	@org.springframework.boot.test.web.server.LocalServerPort int port;

	/** Beyond 9,999 a year the references get a fifth digit, and the list still sorts them by year and number. */
	@Test
	void referencesSortByYearAndNumberBeyondFourDigits() {
		String nineThousand = pilots.createFromEnquiry(enquiry("Nach Nummer sortiert A"), "koordination").reference();
		String tenThousand = pilots.createFromEnquiry(enquiry("Nach Nummer sortiert B"), "koordination").reference();
		String nextYear = pilots.createFromEnquiry(enquiry("Nach Nummer sortiert C"), "koordination").reference();
		Map<String, String> renamed = Map.of(nineThousand, "P-2097-9999", tenThousand, "P-2097-10000", nextYear, "P-2098-0001");
		renamed.forEach((from, to) -> jdbc.update("update pilot_pilot set reference = ? where reference = ?", to, from));
		try {
			WebClientSession staff = new WebClientSession(port);
			staff.login("koordination", "demo");
			String newestFirst = staff.get("/pilotvorhaben?sort=referenz&q=Nach+Nummer+sortiert").body();
			assertThat(newestFirst.indexOf("P-2098-0001")).isPositive().isLessThan(newestFirst.indexOf("P-2097-10000"));
			assertThat(newestFirst.indexOf("P-2097-10000")).isLessThan(newestFirst.indexOf("P-2097-9999"));
			String oldestFirst = staff.get("/pilotvorhaben?sort=referenz&richtung=auf&q=Nach+Nummer+sortiert").body();
			assertThat(oldestFirst.indexOf("P-2097-9999")).isPositive().isLessThan(oldestFirst.indexOf("P-2097-10000"));
		}
		finally {
			renamed.forEach((from, to) -> jdbc.update("update pilot_pilot set reference = ? where reference = ?", from, to));
		}
	}

	@Test
	void createsUniqueGapFreeReferencesUnderConcurrency() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<String>> creations = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			int n = i;
			creations.add(() -> pilots.createFromEnquiry(enquiry("Gleichzeitig " + n), "koordination").reference());
		}
		List<String> references = new ArrayList<>();
		for (Future<String> future : pool.invokeAll(creations)) {
			references.add(future.get());
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		List<Integer> numbers = references.stream().map(ref -> Integer.parseInt(ref.substring(7))).sorted().toList();
		assertThat(numbers).doesNotHaveDuplicates().hasSize(20);
		assertThat(numbers.get(19) - numbers.get(0)).isEqualTo(19);
		for (String reference : references) {
			assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isOne();
		}
	}

	@Test
	void rolledBackCreationLeavesNoGap() {
		int before = number(pilots.createFromEnquiry(enquiry("Davor"), "koordination").reference());

		try {
			transactions.executeWithoutResult(status -> {
				pilots.createFromEnquiry(enquiry("Wird zurückgerollt"), "koordination");
				throw new IllegalStateException("rollback");
			});
		}
		catch (IllegalStateException expected) {
			// the creation failed as intended
		}
		int after = number(pilots.createFromEnquiry(enquiry("Danach"), "koordination").reference());

		assertThat(after).isEqualTo(before + 1);
	}

	private static Pilots.Enquiry enquiry(String title) {
		return new Pilots.Enquiry("08416036", "Stadt Rottenburg am Neckar", title, "Anfrage", null, null);
	}

	private static int number(String reference) {
		return Integer.parseInt(reference.substring(7));
	}
}
