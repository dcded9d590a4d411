package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.pilots.PilotEvents;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;

/**
 * Pilots, meetings and loans in the funding: each paid from one funding period (a new pilot or meeting from the open
 * period of the day it was created, a loan from that of its first day; staff may assign another), with planned costs
 * per budget line, and budget
 * control per case — planned, committed and paid from what is booked with its reference, over plan where a line spends
 * more than planned.
 */
@Service
@Transactional
public class FundedCases {

	private final FundedCaseRepository cases;
	private final FundingPeriodRepository periods;
	private final Funding funding;
	private final Pilots pilots;
	private final Meetings meetings;
	private final Exhibition exhibition;

	FundedCases(FundedCaseRepository cases, FundingPeriodRepository periods, Funding funding, Pilots pilots, Meetings meetings,
			Exhibition exhibition) {
		this.cases = cases;
		this.periods = periods;
		this.funding = funding;
		this.pilots = pilots;
		this.meetings = meetings;
		this.exhibition = exhibition;
	}

	/** A new pilot is paid from the open period of its day, if there is one (otherwise staff assign it later). */
	@ApplicationModuleListener
	void on(PilotEvents.PilotCreated created) {
		assignOnCreation(created.reference(), pilots.read(created.reference(), pilot -> pilot.title()),
				LocalDate.ofInstant(created.at(), GermanDates.ZONE));
	}

	/** A new meeting is paid from the open period of its day. */
	@ApplicationModuleListener
	void on(Meetings.MeetingCreated created) {
		assignOnCreation(created.reference(), created.title(), LocalDate.ofInstant(created.at(), GermanDates.ZONE));
	}

	/** A requested loan is paid from the open period of its first day (or of today, when none covers it yet). */
	@ApplicationModuleListener
	void on(Exhibition.LoanRequested requested) {
		LocalDate day = funding.periodOf(requested.from()).isPresent() ? requested.from() : LocalDate.now(GermanDates.ZONE);
		assignOnCreation(requested.reference(), "Ausstellung in " + requested.municipalityName(), day);
	}

	private void assignOnCreation(String reference, String title, LocalDate day) {
		if (!cases.existsById(reference)) {
			funding.periodOf(day).ifPresent(period -> cases.save(new FundedCase(reference, title, period, "system")));
		}
	}

	/** The case's title as its module knows it; an unknown case is not found. */
	@Transactional(readOnly = true)
	public String titleOf(String reference) {
		FundedCase.Kind kind = FundedCase.Kind.of(reference);
		if (kind == null) {
			throw new NoSuchElementException("Kein Pilotvorhaben, Treffen und keine Ausleihe " + reference + ".");
		}
		return switch (kind) {
			case PILOT -> pilots.read(reference, pilot -> pilot.title());
			case MEETING -> meetings.read(reference, meeting -> meeting.title());
			case LOAN -> exhibition.read(reference, loan -> "Ausstellung in " + loan.municipalityName());
		};
	}

	/** Assigns the case to an open period and sets its planned costs per line (the plan as a whole replaces the old one). */
	public FundedCase assign(String reference, String periodReference, Map<String, BigDecimal> plan, String by) {
		String title = titleOf(reference);
		FundingPeriod period = periods.findByReference(periodReference == null ? "" : periodReference.strip()).orElseThrow(
				() -> new InvalidInputException(Map.of("period", "Bitte einen Förderzeitraum wählen.")));
		FundedCase funded = cases.findById(reference).orElse(null);
		if (funded == null) {
			funded = new FundedCase(reference, title, period, by);
		}
		else if (!funded.periodId().equals(period.id())) {
			long booked = funding.bookedOnOtherPeriods(reference, period.id());
			if (booked > 0) {
				throw new InvalidInputException(Map.of("period", "Auf diesen Fall ist schon in seinem bisherigen Förderzeitraum gebucht ("
						+ booked + (booked == 1 ? " Ausgabe" : " Ausgaben") + "); er bleibt dort."));
			}
			funded.assign(period, by);
		}
		funded.plan(plan, funding.terms());
		return cases.save(funded);
	}

	@Transactional(readOnly = true)
	public Optional<FundedCase> find(String reference) {
		return reference == null ? Optional.empty() : cases.findById(reference);
	}

	/** Budget control of one case: per line its plan and what is booked with its reference. */
	@Transactional(readOnly = true)
	public Optional<Budget> budget(String reference) {
		return find(reference).map(funded -> budgets(List.of(funded)).get(funded.reference()));
	}

	/** The cases of a period with their budget control. */
	@Transactional(readOnly = true)
	public List<CaseBudget> ofPeriod(String periodReference) {
		List<FundedCase> list = cases.findByPeriodIdOrderByReference(funding.get(periodReference).id());
		Map<String, Budget> budgets = budgets(list);
		return list.stream().map(funded -> new CaseBudget(funded, budgets.get(funded.reference()))).toList();
	}

	/** The cases of the open periods that spend more than planned on a line. */
	@Transactional(readOnly = true)
	public List<CaseBudget> overPlan() {
		List<CaseBudget> over = new ArrayList<>();
		for (FundingPeriod period : funding.periods()) {
			if (period.open()) {
				ofPeriod(period.reference()).stream().filter(entry -> !entry.budget().overdrawn().isEmpty()).forEach(over::add);
			}
		}
		return over;
	}

	private Map<String, Budget> budgets(List<FundedCase> list) {
		Map<String, Map<String, Map<Expenditure.Status, BigDecimal>>> spent = new HashMap<>();
		if (!list.isEmpty()) {
			for (Object[] row : cases.spent(list.stream().map(FundedCase::reference).toList())) {
				spent.computeIfAbsent((String) row[0], key -> new HashMap<>()).computeIfAbsent((String) row[1],
						key -> new EnumMap<>(Expenditure.Status.class)).put((Expenditure.Status) row[2], (BigDecimal) row[3]);
			}
		}
		Map<String, Budget> budgets = new HashMap<>();
		for (FundedCase funded : list) {
			budgets.put(funded.reference(), Budget.of(funding.terms(), funded.plan(), spent.getOrDefault(funded.reference(), Map.of())));
		}
		return budgets;
	}

	/** A case with its budget control. */
	public record CaseBudget(FundedCase funded, Budget budget) {
	}
}
