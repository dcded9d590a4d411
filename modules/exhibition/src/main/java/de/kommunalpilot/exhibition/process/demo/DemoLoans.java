package de.kommunalpilot.exhibition.process.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.LoanStatus;
import de.kommunalpilot.platform.engine.EngineSystemCalls;
import de.kommunalpilot.platform.GermanDates;

/**
 * Demo loans of the exhibition (demo profile only), through the real process: one confirmed with its
 * loan agreement, one waiting for confirmation, one that got an alternative date.
 */
@Component
@Profile("demo")
class DemoLoans {

	private static final Logger log = LoggerFactory.getLogger(DemoLoans.class);

	private final Exhibition exhibition;
	private final TaskService taskService;
	private final EngineSystemCalls engine;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	DemoLoans(Exhibition exhibition, TaskService taskService, EngineSystemCalls engine, TransactionTemplate transactions,
			@Value("${kommunalpilot.demo.data:true}") boolean enabled) {
		this.exhibition = exhibition;
		this.taskService = taskService;
		this.engine = engine;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(20)
	void onReady() {
		if (!enabled || !exhibition.search(List.of(LoanStatus.values()), Pageable.ofSize(1), l -> l).isEmpty()) {
			return;
		}
		try {
			LocalDate start = LocalDate.now(GermanDates.ZONE).plusDays(30);
			String confirmed = request("08421000", "Stadt Ulm", "Stadthaus Ulm", "SET-A", start, start.plusDays(20));
			request("08415061", "Stadt Reutlingen", "Foyer des Rathauses", "KOMPAKT", start.minusDays(10), start);
			request("08121000", "Stadt Heilbronn", "Stadtbibliothek im K3", "SET-A", start.plusDays(5), start.plusDays(19));
			transactions.executeWithoutResult(status -> engine.asUser("koordination", () -> {
				String task = taskService.createTaskQuery().processInstanceBusinessKey(confirmed).taskDefinitionKey("Task_ConfirmLoan")
						.singleResult().getId();
				taskService.complete(task, Map.of("loanDecision", "confirm"));
				return task;
			}));
			log.info("Demo data: three loans of the exhibition");
		}
		catch (RuntimeException e) {
			log.error("Demo loans could not be loaded; the application runs without them", e);
		}
	}

	private String request(String ags, String municipality, String venue, String kit, LocalDate from, LocalDate until) {
		return transactions.execute(status -> exhibition.request(new Exhibition.Request(ags, municipality, null, venue,
				"Rathausplatz 1\n" + municipality, "Frau Weber", "ausstellung@" + ags + ".example.org", null, from, until, kit, null),
				"koordination").reference());
	}
}
