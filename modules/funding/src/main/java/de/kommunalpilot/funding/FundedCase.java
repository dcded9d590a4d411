package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import de.kommunalpilot.platform.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A pilot, meeting or loan as the funding sees it: the funding period it is paid from and what it is planned to cost
 * per budget line. What is booked with its reference is its actual cost; more than planned on a line is over plan.
 */
@Entity
@Table(name = "funding_case")
public class FundedCase {

	/** The kinds of case by their reference's letter. */
	public enum Kind {
		PILOT("Pilotvorhaben", "/pilotvorhaben/"), MEETING("Austauschtreffen", "/austauschtreffen/"), LOAN("Ausleihe", "/ausstellung/");

		private final String label;
		private final String pages;

		Kind(String label, String pages) {
			this.label = label;
			this.pages = pages;
		}

		public String label() {
			return label;
		}

		/** The app's page of a case of this kind. */
		public String page(String reference) {
			return pages + reference;
		}

		/** The kind a reference names (P-…, T-…, A-…); null for none. */
		public static Kind of(String reference) {
			if (reference == null || !reference.matches("[PTA]-\\d{4}-\\d{4,6}")) {
				return null;
			}
			return switch (reference.charAt(0)) {
				case 'P' -> PILOT;
				case 'T' -> MEETING;
				default -> LOAN;
			};
		}
	}

	@Id
	@Column(name = "case_reference")
	private String reference;

	@Column(name = "case_kind", nullable = false)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Kind kind;

	@Column(nullable = false)
	private String title;

	@Column(name = "period_id", nullable = false)
	private UUID periodId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "funding_case_line", joinColumns = @JoinColumn(name = "case_reference"))
	@MapKeyColumn(name = "line_code")
	@Column(name = "planned", nullable = false)
	private Map<String, BigDecimal> plan = new LinkedHashMap<>();

	@Column(name = "assigned_by", nullable = false)
	private String assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	@Version
	private long version;

	protected FundedCase() {
	}

	FundedCase(String reference, String title, FundingPeriod period, String by) {
		this.reference = reference;
		this.kind = Kind.of(reference);
		this.title = title.length() > 300 ? title.substring(0, 300) : title;
		assign(period, by);
	}

	/** The case is paid from this period, which must be open. */
	void assign(FundingPeriod period, String by) {
		if (!period.open()) {
			throw new InvalidInputException(Map.of("period", "Der Förderzeitraum " + period.reference() + " ist abgeschlossen."));
		}
		this.periodId = period.id();
		this.assignedBy = by;
		this.assignedAt = Instant.now();
	}

	/**
	 * The planned cost per line: lines of the plan only, amounts in cents and not negative; an empty or zero amount
	 * removes the line from the case's plan.
	 */
	void plan(Map<String, BigDecimal> amounts, FundingTerms terms) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		Map<String, BigDecimal> checked = new LinkedHashMap<>();
		amounts.forEach((code, amount) -> {
			if (terms.line(code).isEmpty()) {
				violations.reject("plan." + code, "Diese Budgetzeile gibt es im Finanzierungsplan nicht.");
			}
			else if (amount != null) {
				BigDecimal value = Money.check(violations, "plan." + code, amount, true, terms.maximumAmount());
				if (value != null && value.signum() > 0) {
					checked.put(code, value);
				}
			}
		});
		violations.throwIfAny();
		plan.clear();
		plan.putAll(checked);
	}

	public String reference() {
		return reference;
	}

	public Kind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public UUID periodId() {
		return periodId;
	}

	public Map<String, BigDecimal> plan() {
		return java.util.Collections.unmodifiableMap(plan);
	}
}
