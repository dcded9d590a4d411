package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.AbstractAggregateRoot;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A funding period (Förderzeitraum) under one grant notice: what the funder granted, the programme's own contribution,
 * the financing plan by budget line, and the reporting deadlines. Expenditures are booked on it only while it is open
 * and only with dates inside it; once its Verwendungsnachweis is done the leads close it, and it takes nothing more.
 */
@Entity
@Table(name = "funding_period")
public class FundingPeriod extends AbstractAggregateRoot<FundingPeriod> {

	public static final int TEXT_MAX = 200;

	public enum Status {
		OPEN, CLOSED;

		public String label() {
			return switch (this) {
				case OPEN -> "offen";
				case CLOSED -> "abgeschlossen";
			};
		}
	}

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String reference;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String funder;

	@Column(name = "grant_notice", nullable = false)
	private String grantNotice;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(name = "granted_amount", nullable = false)
	private BigDecimal grantedAmount;

	@Column(name = "own_contribution", nullable = false)
	private BigDecimal ownContribution;

	@Column(name = "final_report_due", nullable = false)
	private LocalDate finalReportDue;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "funding_plan_line", joinColumns = @JoinColumn(name = "period_id"))
	@MapKeyColumn(name = "line_code")
	@Column(name = "planned_amount", nullable = false)
	private Map<String, BigDecimal> plan = new LinkedHashMap<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Version
	private long version;

	protected FundingPeriod() {
	}

	/** Opens a period after {@link #check} found nothing: the caller has checked the command. */
	FundingPeriod(String reference, Funding.OpenPeriod command, FundingTerms terms, String by) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.title = command.title().strip();
		this.funder = command.funder().strip();
		this.grantNotice = command.grantNotice().strip();
		this.startsOn = command.startsOn();
		this.endsOn = command.endsOn();
		this.grantedAmount = command.grantedAmount().setScale(2);
		this.ownContribution = command.ownContribution() == null ? BigDecimal.ZERO.setScale(2) : command.ownContribution().setScale(2);
		this.finalReportDue = endsOn.plusMonths(terms.finalReportMonths());
		this.status = Status.OPEN;
		this.createdAt = Instant.now();
		this.createdBy = by;
		replacePlan(command.plan());
	}

	/** The rules of a new period: texts, dates in order, money as money, a plan within what is financed. */
	static InvalidInputException.Collector check(Funding.OpenPeriod command, FundingTerms terms, InvalidInputException.Collector violations) {
		FormFields.requiredText(violations, "title", command.title(), TEXT_MAX, "einen Titel");
		FormFields.requiredText(violations, "funder", command.funder(), TEXT_MAX, "den Zuwendungsgeber");
		FormFields.requiredText(violations, "grantNotice", command.grantNotice(), 100, "das Aktenzeichen des Zuwendungsbescheids");
		violations.check(command.startsOn() != null, "startsOn", "Bitte den Beginn angeben.");
		violations.check(command.endsOn() != null, "endsOn", "Bitte das Ende angeben.");
		if (command.startsOn() != null && command.endsOn() != null) {
			violations.check(command.endsOn().isAfter(command.startsOn()), "endsOn", "Das Ende liegt nicht nach dem Beginn.");
			violations.check(!command.endsOn().isAfter(command.startsOn().plusYears(5)), "endsOn", "Ein Förderzeitraum dauert höchstens fünf Jahre.");
		}
		BigDecimal granted = Money.check(violations, "grantedAmount", command.grantedAmount(), false, terms.maximumAmount());
		BigDecimal own = command.ownContribution() == null ? BigDecimal.ZERO
				: Money.check(violations, "ownContribution", command.ownContribution(), true, terms.maximumAmount());
		checkPlan(command.plan(), granted, own, terms, violations);
		return violations;
	}

	private static void checkPlan(Map<String, BigDecimal> plan, BigDecimal granted, BigDecimal own, FundingTerms terms,
			InvalidInputException.Collector violations) {
		BigDecimal total = BigDecimal.ZERO;
		for (Map.Entry<String, BigDecimal> line : (plan == null ? Map.<String, BigDecimal>of() : plan).entrySet()) {
			String field = "plan." + line.getKey();
			if (terms.line(line.getKey()).isEmpty()) {
				violations.reject(field, "Diese Budgetzeile gibt es im Finanzierungsplan nicht.");
				continue;
			}
			BigDecimal amount = line.getValue() == null ? BigDecimal.ZERO : Money.check(violations, field, line.getValue(), true, terms.maximumAmount());
			total = amount == null ? total : total.add(amount);
		}
		if (granted != null && own != null && total.compareTo(granted.add(own)) > 0) {
			violations.reject("plan", "Der Finanzierungsplan (" + de.kommunalpilot.platform.GermanNumbers.money(total)
					+ ") übersteigt Zuwendung und Eigenmittel (" + de.kommunalpilot.platform.GermanNumbers.money(granted.add(own)) + ").");
		}
	}

	/** Replaces the plan's amounts (lines not named keep nothing planned); only while open. */
	void plan(Map<String, BigDecimal> amounts, FundingTerms terms) {
		requireOpen();
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		checkPlan(amounts, grantedAmount, ownContribution, terms, violations);
		violations.throwIfAny();
		replacePlan(amounts);
	}

	private void replacePlan(Map<String, BigDecimal> amounts) {
		plan.clear();
		(amounts == null ? Map.<String, BigDecimal>of() : amounts).forEach((line, amount) -> {
			if (amount != null && amount.signum() > 0) {
				plan.put(line, amount.setScale(2));
			}
		});
	}

	/**
	 * Whether an expenditure may be booked on this period: open, on a line of the plan, dated inside the period. The
	 * refusals name the fields.
	 */
	void checkBooking(String lineCode, LocalDate incurredOn, FundingTerms terms, InvalidInputException.Collector violations) {
		requireOpen();
		violations.check(lineCode != null && terms.line(lineCode).isPresent(), "lineCode", "Bitte eine Budgetzeile des Finanzierungsplans wählen.");
		if (incurredOn == null) {
			violations.reject("incurredOn", "Bitte das Datum des Belegs angeben.");
		}
		else if (!covers(incurredOn)) {
			violations.reject("incurredOn", "Das Datum liegt außerhalb des Förderzeitraums (" + GermanDates.period(startsOn, endsOn) + ").");
		}
	}

	/** A payment of one of its expenditures is recorded: only while the period is open. */
	void checkPayment() {
		requireOpen();
	}

	/** Closes the period once it has ended: nothing is booked or paid on it any more. */
	void close(String by, LocalDate today) {
		requireOpen();
		if (!today.isAfter(endsOn)) {
			throw new ConflictException("Der Förderzeitraum läuft noch bis " + GermanDates.format(endsOn) + "; abschließen lässt er sich danach.");
		}
		status = Status.CLOSED;
		closedAt = Instant.now();
		closedBy = by;
		registerEvent(new FundingEvents.FundingPeriodClosed(reference, by, closedAt));
	}

	private void requireOpen() {
		if (status != Status.OPEN) {
			throw new ConflictException("Der Förderzeitraum " + reference + " ist abgeschlossen; darauf wird nichts mehr gebucht.");
		}
	}

	public boolean covers(LocalDate day) {
		return !day.isBefore(startsOn) && !day.isAfter(endsOn);
	}

	/**
	 * The reports the funder expects: a Zwischennachweis for each calendar year of the period before the one it ends in,
	 * due on the terms' day of the following year, and the Verwendungsnachweis after the end.
	 */
	public List<Deadline> deadlines(FundingTerms terms) {
		List<Deadline> deadlines = new ArrayList<>();
		for (int year = startsOn.getYear(); year < endsOn.getYear(); year++) {
			deadlines.add(new Deadline(Deadline.Kind.INTERIM, year, terms.interimReportDue().atYear(year + 1)));
		}
		deadlines.add(new Deadline(Deadline.Kind.FINAL, endsOn.getYear(), finalReportDue));
		return deadlines;
	}

	/** A report the funder expects, for a year of the period, and when it is due. */
	public record Deadline(Kind kind, int year, LocalDate due) {

		public enum Kind {
			INTERIM, FINAL;

			public String label() {
				return switch (this) {
					case INTERIM -> "Zwischennachweis";
					case FINAL -> "Verwendungsnachweis";
				};
			}
		}

		public String label() {
			return kind == Kind.INTERIM ? kind.label() + " " + year : kind.label();
		}
	}

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public String title() {
		return title;
	}

	public String funder() {
		return funder;
	}

	public String grantNotice() {
		return grantNotice;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate endsOn() {
		return endsOn;
	}

	public BigDecimal grantedAmount() {
		return grantedAmount;
	}

	public BigDecimal ownContribution() {
		return ownContribution;
	}

	/** Zuwendung and Eigenmittel together: what the plan may spend. */
	public BigDecimal financed() {
		return grantedAmount.add(ownContribution);
	}

	public LocalDate finalReportDue() {
		return finalReportDue;
	}

	/** The planned amount per line code (lines without a plan are absent). */
	public Map<String, BigDecimal> plan() {
		return java.util.Collections.unmodifiableMap(plan);
	}

	public Status status() {
		return status;
	}

	public boolean open() {
		return status == Status.OPEN;
	}

	public Instant closedAt() {
		return closedAt;
	}

	public String closedBy() {
		return closedBy;
	}

	/** The year its reference is numbered in. */
	static Year yearOf(LocalDate startsOn) {
		return Year.of(startsOn.getYear());
	}
}
