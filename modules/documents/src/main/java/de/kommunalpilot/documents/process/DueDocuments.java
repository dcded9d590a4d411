package de.kommunalpilot.documents.process;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.practices.Practices;

/**
 * The PDFs that process steps decide on — the fee agreement, the final report, the loan agreement — made after the
 * step's commit. The step writes a row (the document's category and case) in its own transaction, so what it decided
 * and the document it owes commit together; rendering, storing and mailing the document happen afterwards, in one
 * transaction that also deletes the row: right after the commit on the node that committed it, and otherwise in the
 * next round of whichever node comes first ({@code for update skip locked}, so a document is made once across nodes).
 * A document that fails is tried again in the next rounds, after the ones not tried yet, at most {@link #MAX_ATTEMPTS}
 * times, and logged; the step the user completed stays completed.
 */
@Component
class DueDocuments {

	static final int MAX_ATTEMPTS = 5;
	static final String FEE_AGREEMENT = "fee-agreement";
	static final String FINAL_REPORT = "final-report";
	static final String LOAN_AGREEMENT = "loan-agreement";

	private static final Logger log = LoggerFactory.getLogger(DueDocuments.class);

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	/** Makes the documents right after a commit on this node; one round queued at most. */
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "due-documents");
		thread.setDaemon(true);
		return thread;
	});
	private final AtomicBoolean queued = new AtomicBoolean();
	private final CaseDocuments documents;
	private final Pilots pilots;
	private final Experts experts;
	private final Practices practices;
	private final Exhibition exhibition;

	DueDocuments(JdbcTemplate jdbc, TransactionTemplate transactions, CaseDocuments documents, Pilots pilots, Experts experts, Practices practices, Exhibition exhibition) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.documents = documents;
		this.pilots = pilots;
		this.experts = experts;
		this.practices = practices;
		this.exhibition = exhibition;
	}

	/** Records in the current transaction that the case (a pilot's or loan's id) is owed the document; made after the commit. */
	void request(String category, String ownerId) {
		jdbc.update("insert into documents_due (id, category, owner_id, created_at) values (?, ?, ?, ?) on conflict (category, owner_id) do nothing",
				UUID.randomUUID(), category, ownerId, Timestamp.from(Instant.now()));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					if (queued.compareAndSet(false, true)) {
						worker.execute(() -> {
							queued.set(false);
							makeOutstanding();
						});
					}
				}
			});
		}
	}

	/** Makes every due document no other node is making; stops the round at the first that fails. The number made. */
	@Scheduled(fixedDelayString = "${kommunalpilot.documents.due-interval:PT15S}", initialDelayString = "${kommunalpilot.documents.due-interval:PT15S}")
	int makeOutstanding() {
		int made = 0;
		Due[] current = new Due[1];
		try {
			while (Boolean.TRUE.equals(transactions.execute(status -> {
				List<Due> due = jdbc.query("""
						select id, category, owner_id from documents_due where attempts < ?
						order by attempts, created_at limit 1 for update skip locked
						""", (rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)), MAX_ATTEMPTS);
				current[0] = null;
				if (due.isEmpty()) {
					return false;
				}
				current[0] = due.get(0);
				make(current[0].category(), current[0].ownerId());
				jdbc.update("delete from documents_due where id = ?", current[0].id());
				return true;
			}))) {
				made++;
			}
		}
		catch (RuntimeException e) {
			Due failed = current[0];
			if (failed == null) {
				throw e;
			}
			jdbc.update("update documents_due set attempts = attempts + 1, last_error = ? where id = ?", String.valueOf(e.getMessage()), failed.id());
			log.error("Could not make the {} of {} (tried again in the next round, at most {} times)", failed.category(), failed.ownerId(),
					MAX_ATTEMPTS, e);
		}
		return made;
	}

	@PreDestroy
	void stop() {
		worker.shutdown();
	}

	private void make(String category, String ownerId) {
		switch (category) {
			case FEE_AGREEMENT -> {
				Pilot pilot = pilots.read(PilotId.of(ownerId), p -> p);
				UUID expertId = pilot.assignedExpert().orElseThrow(() -> new IllegalStateException(
						"Pilot " + pilot.reference() + " has no assigned expert")).expertId();
				documents.feeAgreement(pilot, experts.get(new ExpertId(expertId)));
			}
			case FINAL_REPORT -> {
				Pilot pilot = pilots.read(PilotId.of(ownerId), p -> p);
				documents.finalReport(pilot, practices.byCodes(pilot.chosenPractices()).stream()
						.map(p -> p.code() + " – " + p.title()).toList());
			}
			case LOAN_AGREEMENT -> documents.loanAgreement(exhibition.read(UUID.fromString(ownerId), loan -> loan));
			default -> throw new IllegalStateException("Unknown document " + category);
		}
	}

	private record Due(UUID id, String category, String ownerId) {
	}
}
