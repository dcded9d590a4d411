package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
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
	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	FundedCases(FundedCaseRepository cases, FundingPeriodRepository periods, Funding funding, Pilots pilots, Meetings meetings,
			Exhibition exhibition, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
		if (!cases.existsById(requested.reference())) {
			funding.periodOf(requested.from()).or(() -> funding.periodOf(LocalDate.now(GermanDates.ZONE))).ifPresent(period -> cases.save(
					new FundedCase(requested.reference(), "Ausstellung in " + requested.municipalityName(), period, "system")));
		}
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

	/** The cases of a period with their budget control (for the funder's report, which names them all). */
	@Transactional(readOnly = true)
	public List<CaseBudget> ofPeriod(String periodReference) {
		List<FundedCase> list = cases.findByPeriodIdOrderByReference(funding.get(periodReference).id());
		Map<String, Budget> budgets = budgets(list);
		return list.stream().map(funded -> new CaseBudget(funded, budgets.get(funded.reference()))).toList();
	}

	/** How many cases a period pays for. */
	@Transactional(readOnly = true)
	public long countOf(String periodReference) {
		return cases.countByPeriodId(funding.get(periodReference).id());
	}

	/** The cases of a period with costs (planned or booked), those over plan first, at most {@code limit}; summed in one query. */
	@Transactional(readOnly = true)
	public List<CaseCosts> withCosts(String periodReference, int limit) {
		return costs(List.of(funding.get(periodReference).id()), false, limit);
	}

	/** The cases of the open periods that spend more than their plan, at most {@code limit}; summed in one query. */
	@Transactional(readOnly = true)
	public List<CaseCosts> overPlan(int limit) {
		List<java.util.UUID> open = funding.periods().stream().filter(FundingPeriod::open).map(FundingPeriod::id).toList();
		return open.isEmpty() ? List.of() : costs(open, true, limit);
	}

	/**
	 * Per case of the periods its planned and booked total and the lines over plan. A case is over plan when it has a
	 * plan and a line spends more than planned there (a line it did not plan for at all included); without a plan there
	 * is nothing to be over.
	 */
	private List<CaseCosts> costs(List<java.util.UUID> periodIds, boolean overOnly, int limit) {
		java.util.UUID[] ids = periodIds.toArray(java.util.UUID[]::new);
		return jdbc.query("""
				with lines as (
					select l.case_reference, l.line_code, l.planned, 0::numeric as spent
					from funding_case_line l join funding_case c on c.case_reference = l.case_reference where c.period_id = any(?)
					union all
					select e.case_reference, e.line_code, 0::numeric, e.amount
					from funding_expenditure e join funding_case c on c.case_reference = e.case_reference
					where c.period_id = any(?) and e.period_id = c.period_id
				), per_line as (
					select case_reference, line_code, sum(planned) as planned, sum(spent) as spent from lines group by case_reference, line_code
				), per_case as (
					select case_reference, sum(planned) as planned, sum(spent) as spent,
						array_remove(array_agg(case when spent > planned then line_code end order by line_code), null) as over_lines
					from per_line group by case_reference
				)
				select p.case_reference, c.case_kind, c.title, p.planned, p.spent,
					case when p.planned > 0 then p.over_lines else '{}' end as over_lines
				from per_case p join funding_case c on c.case_reference = p.case_reference
				where (p.planned > 0 or p.spent > 0) and (not ? or (p.planned > 0 and cardinality(p.over_lines) > 0))
				order by (p.planned > 0 and cardinality(p.over_lines) > 0) desc, p.case_reference
				limit ?""", (rs, row) -> new CaseCosts(rs.getString(1), FundedCase.Kind.valueOf(rs.getString(2)), rs.getString(3),
				rs.getBigDecimal(4).setScale(2), rs.getBigDecimal(5).setScale(2), java.util.Arrays.stream((String[]) rs.getArray(6).getArray())
						.map(code -> funding.terms().line(code).map(FundingTerms.Line::label).orElse(code)).toList()),
				ids, ids, overOnly, limit);
	}

	/** A case with its total plan, what is booked for it, and the labels of the lines over plan. */
	public record CaseCosts(String reference, FundedCase.Kind kind, String title, BigDecimal planned, BigDecimal spent, List<String> overLines) {

		public boolean over() {
			return !overLines.isEmpty();
		}

		public String page() {
			return kind.page(reference);
		}
	}

	/** The lines a case's budget is over plan on: none while it has no plan. */
	public static List<Budget.Line> overPlan(Budget budget) {
		return budget.total().planned().signum() > 0 ? budget.overdrawn() : List.of();
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
