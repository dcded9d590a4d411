package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.NotPermittedException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * An expert's fee statement (Honorarabrechnung) for one month: each consultation of the month valued with the daily fee
 * of the expert's fee agreement, hours to days by the terms' day length. The expert confirms it; a coordinator checks it
 * against the documentation the fee terms require to be approved; a lead approves the payment — never the person who
 * checked, and above the terms' threshold a second lead as well (four eyes); the payment is recorded last.
 */
@Entity
@Table(name = "funding_fee_statement")
public class FeeStatement extends ExpertPayment<FeeStatement> {

	public enum Status {
		OPEN, CONFIRMED, CHECKED, PARTLY_APPROVED, APPROVED, PAID, RETURNED;

		public String label() {
			return switch (this) {
				case OPEN -> "wartet auf Bestätigung";
				case CONFIRMED -> "bestätigt";
				case CHECKED -> "geprüft";
				case PARTLY_APPROVED -> "erste Freigabe";
				case APPROVED -> "freigegeben";
				case PAID -> "bezahlt";
				case RETURNED -> "zurückgegeben";
			};
		}
	}

	/** One consultation on the statement, valued. */
	@Embeddable
	public record Item(@Column(name = "consultation_id", nullable = false) UUID consultationId,
			@Column(name = "pilot_reference", nullable = false) String pilotReference, @Column(name = "held_on", nullable = false) LocalDate heldOn,
			@Column(nullable = false) BigDecimal hours, @Column(nullable = false) BigDecimal amount) {
	}

	/** A consultation to bill, as the pilots module logged it. */
	public record Consultation(UUID id, String pilotReference, LocalDate heldOn, BigDecimal hours) {
	}

	@Column(name = "billing_month", nullable = false)
	private String month;

	@Column(name = "daily_fee", nullable = false)
	private BigDecimal dailyFee;

	@Column(name = "day_hours", nullable = false)
	private BigDecimal dayHours;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "funding_fee_item", joinColumns = @JoinColumn(name = "statement_id"))
	@OrderColumn(name = "position")
	private List<Item> items = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected FeeStatement() {
	}

	/**
	 * Draws up the statement of the month from its consultations (each must be of that month; none may be missing a fee).
	 * Amounts: hours × daily fee ÷ day length per consultation, rounded to the cent; the total is their sum.
	 */
	FeeStatement(String reference, String expertUser, String expertName, YearMonth month, List<Consultation> consultations, BigDecimal dailyFee,
			FundingTerms terms) {
		super(reference, expertUser, expertName);
		if (consultations.isEmpty()) {
			throw new ConflictException("Für " + expertName + " gibt es im " + monthLabel(month) + " keine Beratungsstunden, die noch nicht abgerechnet sind.");
		}
		if (dailyFee == null || dailyFee.signum() <= 0) {
			throw new ConflictException("Für " + expertName + " ist kein Tageshonorar vereinbart; ohne es lässt sich nicht abrechnen.");
		}
		this.month = month.toString();
		this.dailyFee = dailyFee.setScale(2, RoundingMode.HALF_UP);
		this.dayHours = terms.feeDayHours();
		BigDecimal sum = BigDecimal.ZERO.setScale(2);
		for (Consultation consultation : consultations) {
			if (!YearMonth.from(consultation.heldOn()).equals(month)) {
				throw new IllegalArgumentException("Die Beratung vom " + consultation.heldOn() + " gehört nicht in den " + monthLabel(month) + ".");
			}
			BigDecimal amount = value(consultation.hours(), this.dailyFee, dayHours);
			items.add(new Item(consultation.id(), consultation.pilotReference(), consultation.heldOn(), consultation.hours(), amount));
			sum = sum.add(amount);
		}
		total(sum);
		this.status = Status.OPEN;
	}

	/** A consultation's fee: hours as days of the agreed day length, at the daily fee, to the cent (half up). */
	static BigDecimal value(BigDecimal hours, BigDecimal dailyFee, BigDecimal dayHours) {
		return hours.multiply(dailyFee).divide(dayHours, 2, RoundingMode.HALF_UP);
	}

	/** The expert confirms the statement; only they can. */
	void confirm(String by) {
		require(Status.OPEN);
		if (!expertUser().equals(by)) {
			throw new NotPermittedException("Diese Honorarabrechnung bestätigt nur " + expertName() + ".");
		}
		status = Status.CONFIRMED;
		confirmedAt = Instant.now();
	}

	/**
	 * A coordinator checks it: it matches, and the documentation of every pilot on it is approved, as the fee terms
	 * demand („nach Freigabe der Dokumentation“); {@code undocumented} names the pilots whose documentation is not.
	 */
	void check(String by, List<String> undocumented) {
		require(Status.CONFIRMED);
		if (!undocumented.isEmpty()) {
			throw new ConflictException("Die Dokumentation von " + String.join(", ", undocumented)
					+ " ist noch nicht freigegeben; Honorare werden erst danach gezahlt.");
		}
		approvals().checked(by);
		status = Status.CHECKED;
	}

	/**
	 * The way back from „Rechnung prüfen“: a coordinator gives the statement back with a reason (it does not match, or
	 * the documentation is not approved yet); its hours are free to be billed again on a later statement.
	 */
	void giveBack(String by, String reason) {
		require(Status.CONFIRMED);
		recordReturn(by, reason);
		status = Status.RETURNED;
	}

	/**
	 * A lead approves the payment — never the person who checked it; above the threshold a second lead, again another
	 * person. Returns whether it is now approved for payment.
	 */
	boolean approve(String by, BigDecimal secondApprovalAbove) {
		if (status != Status.CHECKED && status != Status.PARTLY_APPROVED) {
			throw new ConflictException("Diese Honorarabrechnung ist " + status.label() + " und wartet nicht auf eine Freigabe.");
		}
		if (!approvals().approve(by, total(), secondApprovalAbove)) {
			status = Status.PARTLY_APPROVED;
			return false;
		}
		status = Status.APPROVED;
		return true;
	}

	/** The approved fee is booked: the expenditure it became. */
	void booked(UUID expenditure) {
		require(Status.APPROVED);
		recordExpenditure(expenditure);
	}

	/** The payment was instructed (recorded on the expenditure). */
	void paid() {
		require(Status.APPROVED);
		status = Status.PAID;
	}

	private void require(Status expected) {
		if (status != expected) {
			throw new ConflictException("Diese Honorarabrechnung ist " + status.label() + ".");
		}
	}

	/** „März 2026“. */
	public static String monthLabel(YearMonth month) {
		return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.GERMAN) + " " + month.getYear();
	}

	public YearMonth month() {
		return YearMonth.parse(month);
	}

	public String monthLabel() {
		return monthLabel(month());
	}

	public BigDecimal dailyFee() {
		return dailyFee;
	}

	public BigDecimal dayHours() {
		return dayHours;
	}

	public List<Item> items() {
		return java.util.Collections.unmodifiableList(items);
	}

	public BigDecimal hours() {
		return items.stream().map(Item::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public Status status() {
		return status;
	}
}
