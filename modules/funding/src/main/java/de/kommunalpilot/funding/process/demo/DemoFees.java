package de.kommunalpilot.funding.process.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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

import de.kommunalpilot.funding.FeeStatement;
import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.funding.FundedCases;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.funding.FundingPeriod;
import de.kommunalpilot.funding.TravelClaim;
import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * Demo money (demo profile only), through the real processes: the demo pilots paid from the demo funding period (one
 * with planned travel costs), a fee statement of this month for each expert with hours — one in each state from
 * „wartet auf Bestätigung“ to „bezahlt“ — and a travel claim waiting to be checked.
 */
@Component
@Profile("demo")
class DemoFees {

	private static final Logger log = LoggerFactory.getLogger(DemoFees.class);

	/** The steps of a statement in order (task, by whom — null: its expert —, field, value); each is taken this far. */
	private static final String[][] STEPS = {
			{ "Task_ConfirmFeeStatement", null, "feeConfirmation", "confirm" },
			{ "Task_CheckInvoice", "koordination", "invoiceCheck", "matches" },
			{ "Task_ApprovePayment", "leitung", "paymentApproval", "approve" },
			{ "Task_RecordPayment", "koordination", "paidOn", null } };

	private final Fees fees;
	private final TravelClaims travel;
	private final Funding funding;
	private final FundedCases cases;
	private final Pilots pilots;
	private final TaskService taskService;
	private final EngineSystemCalls engine;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	DemoFees(Fees fees, TravelClaims travel, Funding funding, FundedCases cases, Pilots pilots, TaskService taskService, EngineSystemCalls engine,
			TransactionTemplate transactions, @Value("${kommunalpilot.demo.data:true}") boolean enabled) {
		this.fees = fees;
		this.travel = travel;
		this.funding = funding;
		this.cases = cases;
		this.pilots = pilots;
		this.taskService = taskService;
		this.engine = engine;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(50)
	void onReady() {
		if (!enabled || !fees.statements(Pageable.ofSize(1)).isEmpty() || funding.periods().isEmpty()) {
			return;
		}
		try {
			FundingPeriod period = funding.periods().get(0);
			List<String> references = pilots.readAll(pilot -> pilot.reference());
			transactions.executeWithoutResult(status -> references.stream().filter(reference -> cases.find(reference).isEmpty())
					.forEach(reference -> cases.assign(reference, period.reference(), Map.of(), "koordination")));
			YearMonth month = YearMonth.now(GermanDates.ZONE);
			List<String> experts = awaitHours(month);
			// statements whose pilots are not documented yet stop before the check, as the fee terms say
			List<FeeStatement> drawn = experts.stream().map(expert -> transactions.execute(status -> fees.draw(expert, month))).toList();
			List<FeeStatement> ordered = new java.util.ArrayList<>(drawn.stream().filter(statement -> !documented(statement)).toList());
			ordered.addAll(drawn.stream().filter(this::documented).toList());
			for (int index = 0; index < ordered.size(); index++) {
				FeeStatement statement = ordered.get(index);
				int steps = documented(statement) ? Math.max(2, Math.min(index, STEPS.length)) : Math.min(index, 1);
				for (String[] step : java.util.Arrays.copyOf(STEPS, steps)) {
					complete(statement.reference(), step[0], step[1] == null ? statement.expertUser() : step[1], step[2],
							step[3] == null ? LocalDate.now(GermanDates.ZONE).toString() : step[3]);
				}
			}
			String claim = ordered.isEmpty() ? null : claimOf(ordered.get(0).expertUser(), period);
			log.info("Demo data: {} fee statements of {} in their states, travel claim {}, {} pilots paid from {}", drawn.size(),
					FeeStatement.monthLabel(month), claim, references.size(), period.reference());
		}
		catch (RuntimeException e) {
			log.error("Demo fees could not be loaded; the application runs without them", e);
		}
	}

	private boolean documented(FeeStatement statement) {
		return statement.items().stream().allMatch(item -> Fees.DOCUMENTED.contains(pilots.read(item.pilotReference(), pilot -> pilot.phase())));
	}

	/** The experts with hours of the month, once the consultations the demo pilots logged have reached the fees. */
	private List<String> awaitHours(YearMonth month) {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		List<String> experts = fees.expertsToBill(month);
		while (experts.size() < STEPS.length + 1 && Instant.now().isBefore(until)) {
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
			experts = fees.expertsToBill(month);
		}
		return experts;
	}

	/** A travel claim of the expert for their first pilot: a car trip with Tagegeld, with planned travel costs on the pilot. */
	private String claimOf(String expert, FundingPeriod period) {
		String pilot = travel.purposes(expert).stream().filter(purpose -> purpose.reference().startsWith("P-")).map(TravelClaims.Purpose::reference)
				.findFirst().orElse(null);
		if (pilot == null) {
			return null;
		}
		return transactions.execute(status -> {
			cases.assign(pilot, period.reference(), Map.of("REISEKOSTEN", new BigDecimal("150.00")), "koordination");
			return travel.submit(expert, List.of(new TravelClaim.TripEntry(LocalDate.now(GermanDates.ZONE), "Stuttgart", "Tübingen",
					"Erstgespräch im Rathaus", pilot, TravelClaim.Mode.CAR, new BigDecimal("96"), null, new BigDecimal("9")))).reference();
		});
	}

	private void complete(String reference, String taskKey, String user, String field, String value) {
		transactions.executeWithoutResult(status -> engine.asUser(user, () -> {
			String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey).singleResult().getId();
			taskService.complete(task, "paidOn".equals(field) ? Map.of(field, value, "paymentReference", "Demo-Überweisung " + reference)
					: Map.of(field, value));
			return task;
		}));
	}
}
