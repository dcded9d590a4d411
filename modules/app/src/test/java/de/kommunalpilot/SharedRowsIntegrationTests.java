package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.practices.Practices;

/**
 * Pilots that share an expert or a practice move at the same moment without a conflict: the expert's workload and a
 * practice's evidence are rows of their own, not updates of the shared row. Each pair of transactions is held open
 * until both have written (a barrier before the commit), the moment at which a shared version used to fail one.
 */
@IntegrationTest
class SharedRowsIntegrationTests {

	@Autowired Experts experts;
	@Autowired Practices practices;
	@Autowired DemoData demo;
	@Autowired TransactionTemplate transactions;
	@Autowired JdbcTemplate jdbc;

	@Test
	void twoPilotsTakeOnTheSameExpertAtOnce() throws Exception {
		demo.pilotAt("ENQUIRY", "08416041", "Universitätsstadt Tübingen", "Expertin vorhanden");
		Expert expert = experts.findByUserId("experte").orElseThrow();
		int before = experts.get(expert.id()).activeAssignments();

		together(n -> experts.assignmentStarted(expert.id(), "P-2099-" + (9100 + n)));
		assertThat(experts.get(expert.id()).activeAssignments()).isEqualTo(before + 2);

		experts.assignmentStarted(expert.id(), "P-2099-9100");
		assertThat(experts.get(expert.id()).activeAssignments()).as("a pilot counts once").isEqualTo(before + 2);

		together(n -> experts.assignmentEnded(expert.id(), "P-2099-" + (9100 + n)));
		experts.assignmentEnded(expert.id(), "P-2099-9100");
		assertThat(experts.get(expert.id()).activeAssignments()).isEqualTo(before);
	}

	@Test
	void twoPilotsCloseOnTheSamePracticeAtOnce() throws Exception {
		int before = practices.get("BP-06").evidence().size();

		together(n -> practices.addEvidence("BP-06", "P-2099-" + (9200 + n), "Gemeinde " + n, "Ergebnis " + n));
		practices.addEvidence("BP-06", "P-2099-9200", "Gemeinde 0", "noch einmal");

		assertThat(practices.get("BP-06").evidence()).hasSize(before + 2)
				.filteredOn(e -> e.pilotReference().startsWith("P-2099-92")).extracting(e -> e.summary())
				.containsExactlyInAnyOrder("Ergebnis 0", "Ergebnis 1");
		jdbc.update("delete from practice_evidence where pilot_reference like 'P-2099-92%'");
	}

	/** Runs the work twice at once, each in its own transaction that commits only when both have done it. */
	void together(IntConsumer work) throws Exception {
		CyclicBarrier bothWritten = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<?>> runs = new ArrayList<>();
		for (int n = 0; n < 2; n++) {
			int which = n;
			runs.add(pool.submit(() -> transactions.executeWithoutResult(status -> {
				work.accept(which);
				try {
					bothWritten.await(30, TimeUnit.SECONDS);
				}
				catch (Exception e) {
					throw new IllegalStateException("the other transaction did not write", e);
				}
			})));
		}
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
	}
}
