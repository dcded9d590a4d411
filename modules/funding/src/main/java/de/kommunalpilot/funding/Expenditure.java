package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.domain.AbstractAggregateRoot;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One expenditure of the programme (an entry of the Belegliste): booked on a budget line of a funding period, committed
 * when it is approved (an invoice the programme owes) and paid when the payment is instructed. Its amount never
 * changes once booked; a wrong booking is a new one, not an edit.
 */
@Entity
@Table(name = "funding_expenditure")
public class Expenditure extends AbstractAggregateRoot<Expenditure> {

	public static final int PAYEE_MAX = 200;
	public static final int PURPOSE_MAX = 500;

	/** What the money was spent on. */
	public enum Kind {
		FEE, TRAVEL, OTHER;

		public String label() {
			return switch (this) {
				case FEE -> "Honorar";
				case TRAVEL -> "Reisekosten";
				case OTHER -> "Sach- und Veranstaltungskosten";
			};
		}
	}

	public enum Status {
		COMMITTED, PAID;

		public String label() {
			return switch (this) {
				case COMMITTED -> "gebunden";
				case PAID -> "bezahlt";
			};
		}
	}

	@Id
	private UUID id;

	@Column(name = "period_id", nullable = false)
	private UUID periodId;

	@Column(name = "line_code", nullable = false)
	private String lineCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "incurred_on", nullable = false)
	private LocalDate incurredOn;

	@Column(nullable = false)
	private String payee;

	@Column(nullable = false)
	private String purpose;

	@Column(nullable = false)
	private BigDecimal amount;

	@Column(name = "case_reference")
	private String caseReference;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "paid_on")
	private LocalDate paidOn;

	@Column(name = "payment_reference")
	private String paymentReference;

	@Column(name = "paid_by")
	private String paidBy;

	@Version
	private long version;

	protected Expenditure() {
	}

	Expenditure(FundingPeriod period, Kind kind, Funding.Booking booking, BigDecimal amount, String by) {
		this.id = UUID.randomUUID();
		this.periodId = period.id();
		this.lineCode = booking.lineCode();
		this.kind = kind;
		this.status = Status.COMMITTED;
		this.incurredOn = booking.incurredOn();
		this.payee = booking.payee().strip();
		this.purpose = booking.purpose().strip();
		this.amount = amount;
		this.caseReference = booking.caseReference() == null || booking.caseReference().isBlank() ? null : booking.caseReference().strip();
		this.recordedAt = Instant.now();
		this.recordedBy = by;
		registerEvent(new FundingEvents.ExpenditureBooked(id, period.reference(), lineCode, kind, amount, caseReference));
	}

	/** Records that the payment was instructed: on a day not before the receipt and not in the future, with its reference. */
	void pay(LocalDate on, String reference, String by, LocalDate today) {
		if (status == Status.PAID) {
			throw new ConflictException("Diese Ausgabe ist bereits bezahlt (" + de.kommunalpilot.platform.GermanDates.format(paidOn) + ").");
		}
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		if (on == null) {
			violations.reject("paidOn", "Bitte das Datum der Zahlung angeben.");
		}
		else {
			violations.check(!on.isBefore(incurredOn), "paidOn", "Die Zahlung liegt vor dem Datum des Belegs.");
			violations.check(!on.isAfter(today), "paidOn", "Die Zahlung liegt in der Zukunft.");
		}
		de.kommunalpilot.platform.FormFields.requiredText(violations, "paymentReference", reference, 100, "das Zeichen der Zahlung (z. B. die Buchungsnummer)");
		violations.throwIfAny();
		status = Status.PAID;
		paidOn = on;
		paymentReference = reference.strip();
		paidBy = by;
		registerEvent(new FundingEvents.ExpenditurePaid(id, lineCode, amount, paidOn));
	}

	public UUID id() {
		return id;
	}

	public UUID periodId() {
		return periodId;
	}

	public String lineCode() {
		return lineCode;
	}

	public Kind kind() {
		return kind;
	}

	public Status status() {
		return status;
	}

	public LocalDate incurredOn() {
		return incurredOn;
	}

	public String payee() {
		return payee;
	}

	public String purpose() {
		return purpose;
	}

	public BigDecimal amount() {
		return amount;
	}

	public String caseReference() {
		return caseReference;
	}

	public Instant recordedAt() {
		return recordedAt;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public LocalDate paidOn() {
		return paidOn;
	}

	public String paymentReference() {
		return paymentReference;
	}

	public String paidBy() {
		return paidBy;
	}
}
