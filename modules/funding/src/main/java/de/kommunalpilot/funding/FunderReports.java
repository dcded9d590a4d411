package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.InvalidInputException;

/**
 * What the funder is given for a funding period (ANBest-P Nr. 6): for each Zwischennachweis (a calendar year) and the
 * Verwendungsnachweis (the whole period) the zahlenmäßiger Nachweis — income, and per line of the financing plan the
 * planned against the actual expenditure — and the Belegliste of every expenditure paid in the span, which sums to the
 * actual expenditure; and the Sachbericht, a text the leads write (stored per report, drafted from the figures).
 */
@Service
@Transactional
public class FunderReports {

	public static final int SACHBERICHT_MAX = 60_000;

	private final Funding funding;
	private final ExpenditureRepository expenditures;
	private final JdbcTemplate jdbc;

	FunderReports(Funding funding, ExpenditureRepository expenditures, JdbcTemplate jdbc) {
		this.funding = funding;
		this.expenditures = expenditures;
		this.jdbc = jdbc;
	}

	/** The reports of a period, as its deadlines name them. */
	@Transactional(readOnly = true)
	public List<FundingPeriod.Deadline> reportsOf(String periodReference) {
		FundingPeriod period = funding.get(periodReference);
		return period.deadlines(funding.terms());
	}

	/**
	 * The financial part of a report: {@code key} is a year of the period (Zwischennachweis) or {@code final}
	 * (Verwendungsnachweis); an unknown key is not found.
	 */
	@Transactional(readOnly = true)
	public FinancialStatement statement(String periodReference, String key) {
		FundingPeriod period = funding.get(periodReference);
		FundingPeriod.Deadline report = report(period, key);
		LocalDate first = report.kind() == FundingPeriod.Deadline.Kind.FINAL ? period.startsOn()
				: later(period.startsOn(), LocalDate.of(report.year(), 1, 1));
		LocalDate last = report.kind() == FundingPeriod.Deadline.Kind.FINAL ? period.endsOn()
				: earlier(period.endsOn(), LocalDate.of(report.year(), 12, 31));
		List<Expenditure> paid = expenditures.paidIn(period.id(), first, last);
		Map<String, Map<Expenditure.Status, BigDecimal>> spent = new HashMap<>();
		for (Expenditure expenditure : paid) {
			spent.computeIfAbsent(expenditure.lineCode(), code -> new EnumMap<>(Expenditure.Status.class)).merge(Expenditure.Status.PAID,
					expenditure.amount(), BigDecimal::add);
		}
		// what is approved but not paid by the report's end: still open, shown beside the actual figures
		for (Object[] row : expenditures.committedBy(period.id(), last)) {
			spent.computeIfAbsent((String) row[0], code -> new EnumMap<>(Expenditure.Status.class)).put(Expenditure.Status.COMMITTED,
					(BigDecimal) row[1]);
		}
		return new FinancialStatement(period, report, first, last, Budget.of(funding.terms(), period.plan(), spent), paid);
	}

	private FundingPeriod.Deadline report(FundingPeriod period, String key) {
		return period.deadlines(funding.terms()).stream().filter(deadline -> keyOf(deadline).equals(key)).findFirst()
				.orElseThrow(() -> new NoSuchElementException("Keinen solchen Nachweis für " + period.reference() + "."));
	}

	/** The key a report is named by in addresses: its year, or „final“. */
	public static String keyOf(FundingPeriod.Deadline report) {
		return report.kind() == FundingPeriod.Deadline.Kind.FINAL ? "final" : String.valueOf(report.year());
	}

	/** The Sachbericht as the leads wrote it, if they did. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> sachbericht(String periodReference, String key) {
		FundingPeriod period = funding.get(periodReference);
		report(period, key);
		return jdbc.query("select sachbericht from funding_report where period_id = ? and report_key = ?", (rs, row) -> rs.getString(1),
				period.id(), key).stream().findFirst();
	}

	/** Saves the Sachbericht of a report (not empty, within its length). */
	public void saveSachbericht(String periodReference, String key, String text, String by) {
		FundingPeriod period = funding.get(periodReference);
		report(period, key);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		FormFields.requiredText(violations, "sachbericht", text, SACHBERICHT_MAX, "den Sachbericht");
		violations.throwIfAny();
		jdbc.update("""
				insert into funding_report (period_id, report_key, sachbericht, updated_by, updated_at) values (?, ?, ?, ?, ?)
				on conflict (period_id, report_key) do update set sachbericht = excluded.sachbericht, updated_by = excluded.updated_by,
				updated_at = excluded.updated_at""", period.id(), key, text.strip(), by, java.sql.Timestamp.from(Instant.now()));
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * The zahlenmäßiger Nachweis of a report: the span it covers, per line planned (the period's plan), actual (paid in the
	 * span) and still committed, and the Belegliste — the expenditures paid in the span, by date of payment.
	 */
	public record FinancialStatement(FundingPeriod period, FundingPeriod.Deadline report, LocalDate first, LocalDate last, Budget budget,
			List<Expenditure> receipts) {

		/** Income: the grant and the own contribution. */
		public BigDecimal income() {
			return (period.grantedAmount() == null ? BigDecimal.ZERO : period.grantedAmount())
					.add(period.ownContribution() == null ? BigDecimal.ZERO : period.ownContribution());
		}

		/** The actual expenditure: the Belegliste's sum, equal to the paid column's total. */
		public BigDecimal actual() {
			return budget.total().paid();
		}
	}
}
