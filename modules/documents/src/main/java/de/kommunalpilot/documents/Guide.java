package de.kommunalpilot.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.documents.generation.PdfRenderer;
import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.pilots.PilotFilter;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.AdvisoryLocks;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.Topic;
import de.kommunalpilot.practices.Practice;
import de.kommunalpilot.practices.Practices;
import jakarta.annotation.PreDestroy;

/**
 * The programme's guide (Handreichung) "Migration und Entwicklung auf kommunaler Ebene — Best Practices
 * aus Baden-Württemberg": compiled on demand in the background from the published catalogue, the
 * documentation of completed pilots and the exhibition, with its progress kept so a page can show it.
 * One compilation runs at a time; each finished edition is stored as a document.
 */
@Service
public class Guide {

	public static final String TITLE = "Migration und Entwicklung auf kommunaler Ebene — Best Practices aus Baden-Württemberg";
	static final String OWNER_ID = "handreichung";

	/** „KPGU“: the kind of the advisory lock a compilation holds while it runs ({@link AdvisoryLocks#key}). */
	public static final int RUN_LOCK_KIND = 0x4b504755;

	private static final Logger log = LoggerFactory.getLogger(Guide.class);

	private final GuideRuns runs;
	private final Documents documents;
	private final PdfRenderer renderer;
	private final Practices practices;
	private final Pilots pilots;
	private final Exhibition exhibition;
	private final TransactionTemplate transactions;
	private final TransactionTemplate progressTransactions;
	/** Whether another compilation is due after the running one. */
	private final AtomicBoolean again = new AtomicBoolean();
	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "guide-compilation");
		thread.setDaemon(true);
		return thread;
	});

	Guide(GuideRuns runs, Documents documents, PdfRenderer renderer, Practices practices, Pilots pilots, Exhibition exhibition,
			PlatformTransactionManager transactionManager) {
		this.runs = runs;
		this.documents = documents;
		this.renderer = renderer;
		this.practices = practices;
		this.pilots = pilots;
		this.exhibition = exhibition;
		this.transactions = new TransactionTemplate(transactionManager);
		this.progressTransactions = new TransactionTemplate(transactionManager);
		this.progressTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A new edition from the data as it is once the current transaction commits (an erasure): started
	 * then, or — when a compilation is under way that may have read the data before — right after it.
	 */
	public void compileAfterCommit(String by) {
		Runnable startOrQueue = () -> {
			again.set(true);
			if (runs.running().isEmpty() && again.getAndSet(false)) {
				start(by);
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					startOrQueue.run();
				}
			});
		}
		else {
			startOrQueue.run();
		}
	}

	/** Starts a compilation, or returns the one already running. */
	public GuideRun start(String by) {
		Optional<GuideRun> running = runs.running();
		if (running.isPresent()) {
			return running.get();
		}
		UUID id = UUID.randomUUID();
		try {
			transactions.executeWithoutResult(status -> runs.create(id, by));
		}
		catch (DuplicateKeyException e) {
			return runs.running().orElseThrow(() -> e);
		}
		Runnable compilation = () -> compile(id, by);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					worker.submit(compilation);
				}
			});
		}
		else {
			worker.submit(compilation);
		}
		return runs.find(id).orElseThrow();
	}

	public Optional<GuideRun> run(UUID id) {
		return runs.find(id);
	}

	public List<GuideRun> recentRuns() {
		return runs.recent(5);
	}

	/** The finished editions, newest first. */
	public List<DocumentInfo> editions() {
		return documents.listForSystem(OwnerType.GUIDE, OWNER_ID);
	}

	/** Removes an edition that names an erased person; {@link #compileAfterCommit} replaces it. */
	public void removeEditionForErasure(UUID documentId) {
		runs.editionRemoved(documentId);
		documents.deleteForErasure(documentId);
	}

	/** The newest edition's PDF, published without a login. */
	public Optional<StoredFile> latest() {
		return editions().stream().findFirst().map(info -> documents.downloadForSystem(info.id()));
	}

	@EventListener(ApplicationReadyEvent.class)
	void failInterruptedRuns() {
		int interrupted = runs.failInterrupted();
		if (interrupted > 0) {
			log.info("{} compilation(s) of the guide were interrupted by a restart", interrupted);
		}
	}

	@PreDestroy
	void stop() {
		worker.shutdownNow();
	}

	void compile(UUID id, String by) {
		try (var running = runs.hold(id)) {
			GuideContent content = transactions.execute(status -> collect(id));
			progressTransactions.executeWithoutResult(status -> runs.progress(id, content.practices().size() + content.pilots().size() + 2,
					content.practices().size() + content.pilots().size() + 3, "PDF wird gesetzt …"));
			byte[] pdf = renderer.render("guide", Map.of("guide", content, "title", TITLE, "today", GermanDates.format(LocalDate.now(GermanDates.ZONE))));
			DocumentInfo document = transactions.execute(status -> documents.storeGenerated(OwnerType.GUIDE, OWNER_ID, "guide",
					"Handreichung-Migration-und-Entwicklung-" + LocalDate.now(GermanDates.ZONE) + ".pdf", pdf, by));
			progressTransactions.executeWithoutResult(status -> runs.done(id, document.id()));
			log.info("Guide compiled: {} practices, {} pilots, {} KB", content.practices().size(), content.pilots().size(),
					pdf.length / 1024);
		}
		catch (RuntimeException e) {
			log.error("Compiling the guide failed", e);
			progressTransactions.executeWithoutResult(status -> runs.failed(id,
					"Die Erstellung ist fehlgeschlagen. Bitte erneut versuchen; wenn es wieder scheitert, steht die Ursache im Protokoll des Servers."));
		}
		if (again.getAndSet(false)) {
			start(by);
		}
	}

	private GuideContent collect(UUID id) {
		List<Practice> published = practices.all().stream().filter(Practice::published).toList();
		List<GuideContent.PilotSection> completed = new ArrayList<>();
		var page = pilots.search(new PilotFilter(PilotPhase.COMPLETED, null, null, null, null, null, null, null, null), Pageable.unpaged(), pilot -> pilot);
		Progress progress = new Progress(id, published.size() + page.getNumberOfElements() + 3);
		List<GuideContent.PracticeSection> sections = new ArrayList<>();
		for (Practice practice : published) {
			progress.next("Best Practice " + practice.code() + ": " + practice.title());
			sections.add(new GuideContent.PracticeSection(practice.code(), practice.title(), practice.summary(), practice.prerequisites(),
					practice.effort().label(), practice.sdgs().stream().sorted().map(n -> Sdg.of(n).label()).toList(),
					practice.topics().stream().map(Topic::label).sorted().toList(),
					practice.evidence().stream().map(e -> new GuideContent.EvidenceLine(e.pilotReference(), e.municipality(), e.summary()))
							.toList()));
		}
		for (var pilot : page) {
			progress.next("Pilotvorhaben " + pilot.reference() + " in " + pilot.municipalityName());
			completed.add(new GuideContent.PilotSection(pilot.reference(), pilot.municipalityName(), pilot.title(),
					practices.byCodes(pilot.chosenPractices()).stream().map(p -> p.code() + " – " + p.title()).toList(),
					pilot.assignedExpert().map(a -> a.expertName()).orElse(null), pilot.totalHours(), pilot.results(),
					pilot.lessonsLearned(), pilot.recommendations(), pilot.feedbackText()));
		}
		progress.next("Wanderausstellung");
		List<GuideContent.KitSection> kits = exhibition.kits().stream()
				.map(kit -> new GuideContent.KitSection(kit.name(), kit.description(), kit.panels().size())).toList();
		List<GuideContent.PanelSection> panels = exhibition.panels().stream()
				.map(panel -> new GuideContent.PanelSection(panel.sdg(), panel.title(), panel.description())).toList();
		return new GuideContent(GermanDates.format(LocalDate.now(GermanDates.ZONE)), sections, completed, kits, panels);
	}

	/** Counts the compilation's steps and writes each at once, in its own transaction. */
	private final class Progress {

		private final UUID id;
		private final int total;
		private int step;

		Progress(UUID id, int total) {
			this.id = id;
			this.total = total;
		}

		void next(String message) {
			step++;
			int done = step;
			progressTransactions.executeWithoutResult(status -> runs.progress(id, done, total, message));
		}
	}
}
