package de.kommunalpilot.exhibition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.Responsibility;
import de.kommunalpilot.platform.ResponsibilityChange;
import de.kommunalpilot.platform.ResponsibleCase;
import de.kommunalpilot.platform.GermanDates;

/**
 * A loan of the exhibition (Ausleihe) to a municipality: the request, the kit it holds, shipping,
 * return and any damage. The {@code exhibition-loan} process moves it along.
 */
@Entity
@Table(name = "exhibition_loan")
public class Loan extends AbstractAggregateRoot<Loan> implements ResponsibleCase {

	public static final int TEXT_MAX = 2000;
	public static final int SHORT_TEXT_MAX = 200;
	public static final int DAMAGE_TEXT_MAX = 4000;
	public static final BigDecimal MAX_DAMAGE_COST = BigDecimal.valueOf(100_000);


	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String reference;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoanStatus status;

	@Column(name = "municipality_id", nullable = false)
	private UUID municipalityId;

	@Column(name = "municipality_name", nullable = false)
	private String municipalityName;

	private String organisation;

	@Column(nullable = false)
	private String venue;

	@Column(name = "delivery_address", nullable = false)
	private String deliveryAddress;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_email", nullable = false)
	private String contactEmail;

	@Column(name = "contact_phone")
	private String contactPhone;

	private String message;

	@Column(name = "requested_from", nullable = false)
	private LocalDate requestedFrom;

	@Column(name = "requested_until", nullable = false)
	private LocalDate requestedUntil;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "preferred_kit_id")
	private Kit preferredKit;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "kit_id")
	private Kit kit;

	@Column(name = "alternative_from")
	private LocalDate alternativeFrom;

	@Column(name = "alternative_until")
	private LocalDate alternativeUntil;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "alternative_kit_id")
	private Kit alternativeKit;

	@Column(name = "decline_reason")
	private String declineReason;

	@Column(name = "shipped_on")
	private LocalDate shippedOn;

	private String carrier;

	@Column(name = "tracking_number")
	private String trackingNumber;

	@Column(name = "returned_on")
	private LocalDate returnedOn;

	private Boolean damaged;

	@Column(name = "damage_description")
	private String damageDescription;

	@Column(name = "damage_settlement")
	private String damageSettlement;

	@Column(name = "damage_cost")
	private BigDecimal damageCost;

	@Column(name = "cancellation_reason")
	private String cancellationReason;

	/** The coordinator who looks after it (Fallverantwortung) and their substitute; the coordination's next steps are theirs. */
	@jakarta.persistence.Embedded
	private Responsibility responsibility = new Responsibility();

	@jakarta.persistence.ElementCollection
	@jakarta.persistence.CollectionTable(name = "exhibition_loan_responsibility_change", joinColumns = @JoinColumn(name = "loan_id"))
	@jakarta.persistence.OrderColumn(name = "position")
	private java.util.List<ResponsibilityChange> responsibilityHistory = new java.util.ArrayList<>();

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Loan() {
	}

	Loan(String reference, UUID municipalityId, String municipalityName, Exhibition.Request request, Kit preferredKit,
			String createdBy) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.status = LoanStatus.REQUESTED;
		this.municipalityId = municipalityId;
		this.municipalityName = municipalityName;
		this.organisation = blankToNull(request.organisation());
		this.venue = request.venue().strip();
		this.deliveryAddress = request.deliveryAddress().strip();
		this.contactName = request.contactName().strip();
		this.contactEmail = request.contactEmail().strip();
		this.contactPhone = blankToNull(request.contactPhone());
		this.message = blankToNull(request.message());
		this.requestedFrom = request.from();
		this.requestedUntil = request.until();
		this.preferredKit = preferredKit;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		this.updatedAt = createdAt;
		registerEvent(new Exhibition.LoanRequested(reference, municipalityName, requestedFrom));
	}

	void reserve(Kit kit) {
		require(LoanStatus.REQUESTED);
		this.kit = kit;
		this.status = LoanStatus.RESERVED;
		touch();
	}

	void offerAlternative(Kit kit, LocalDate from, LocalDate until) {
		require(LoanStatus.REQUESTED);
		this.alternativeKit = kit;
		this.alternativeFrom = from;
		this.alternativeUntil = until;
		this.status = LoanStatus.ALTERNATIVE_OFFERED;
		touch();
	}

	void confirm() {
		require(LoanStatus.RESERVED);
		this.status = LoanStatus.CONFIRMED;
		touch();
	}

	void decline(String reason) {
		check(reason != null && !reason.isBlank() && reason.length() <= TEXT_MAX, "declineReason",
				"Bitte einen Grund für die Absage angeben (höchstens " + TEXT_MAX + " Zeichen).");
		require(LoanStatus.RESERVED);
		this.declineReason = reason;
		this.status = LoanStatus.DECLINED;
		touch();
	}

	void ship(LocalDate shippedOn, String carrier, String trackingNumber) {
		check(shippedOn != null && !shippedOn.isAfter(LocalDate.now(GermanDates.ZONE)), "shippedOn", "Das Versanddatum darf nicht in der Zukunft liegen.");
		check(carrier != null && !carrier.isBlank() && carrier.length() <= SHORT_TEXT_MAX, "carrier", "Bitte den Versanddienst angeben.");
		check(trackingNumber == null || trackingNumber.length() <= SHORT_TEXT_MAX, "trackingNumber", "Höchstens " + SHORT_TEXT_MAX + " Zeichen.");
		require(LoanStatus.CONFIRMED);
		this.shippedOn = shippedOn;
		this.carrier = carrier;
		this.trackingNumber = blankToNull(trackingNumber);
		this.status = LoanStatus.SHIPPED;
		touch();
	}

	void recordReturn(LocalDate returnedOn, boolean damaged, String damageDescription) {
		check(returnedOn != null, "returnedOn", "Bitte das Rückgabedatum angeben.");
		check(!damaged || damageDescription != null && !damageDescription.isBlank() && damageDescription.length() <= DAMAGE_TEXT_MAX,
				"damageDescription", "Bitte den Schaden beschreiben (höchstens " + DAMAGE_TEXT_MAX + " Zeichen).");
		require(LoanStatus.SHIPPED);
		this.returnedOn = returnedOn;
		this.damaged = damaged;
		this.damageDescription = damaged ? damageDescription : null;
		this.status = damaged ? LoanStatus.DAMAGE_SETTLEMENT : LoanStatus.RETURNED;
		touch();
	}

	void settleDamage(String settlement, BigDecimal cost) {
		check(settlement != null && !settlement.isBlank() && settlement.length() <= DAMAGE_TEXT_MAX, "damageSettlement",
				"Bitte die Regulierung beschreiben (höchstens " + DAMAGE_TEXT_MAX + " Zeichen).");
		check(cost == null || cost.signum() >= 0 && cost.compareTo(MAX_DAMAGE_COST) <= 0, "damageCost",
				"Die Kosten liegen zwischen 0 und 100.000 EUR.");
		require(LoanStatus.DAMAGE_SETTLEMENT);
		this.damageSettlement = settlement;
		this.damageCost = cost;
		this.status = LoanStatus.RETURNED;
		touch();
	}

	void complete() {
		require(LoanStatus.RETURNED);
		this.status = LoanStatus.COMPLETED;
		touch();
	}

	void cancel(String reason) {
		if (status.isClosed()) {
			throw new ConflictException("Die Ausleihe " + reference + " ist bereits " + status.label() + ".");
		}
		this.cancellationReason = reason;
		this.status = LoanStatus.CANCELLED;
		touch();
	}

	private static void check(boolean valid, String field, String message) {
		if (!valid) {
			throw new de.kommunalpilot.platform.InvalidInputException(java.util.Map.of(field, message));
		}
	}

	private void require(LoanStatus expected) {
		if (status != expected) {
			throw new ConflictException("Die Ausleihe " + reference + " ist " + status.label() + ", nicht " + expected.label() + ".");
		}
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The Fallverantwortung (Hibernate leaves the field empty while nobody has the case). */
	@Override
	public Responsibility responsibility() {
		if (responsibility == null) {
			responsibility = new Responsibility();
		}
		return responsibility;
	}

	public java.util.List<ResponsibilityChange> responsibilityHistory() {
		return java.util.List.copyOf(responsibilityHistory);
	}

	/** The first coordinator to act on it takes it, unless someone has it already. */
	void takeResponsibility(String coordinator) {
		responsibility().take(coordinator).ifPresent(responsibilityHistory::add);
	}

	/** Hands it to another coordinator; a closed case keeps whoever had it. */
	@Override
	public void handOver(String to, String by) {
		if (status.isClosed()) {
			throw new ConflictException("Die Ausleihe " + reference + " ist bereits " + status.label() + ".");
		}
		responsibilityHistory.add(responsibility().handOver(to, by, "Die Ausleihe " + reference));
	}

	@Override
	public void setSubstitute(String coordinator) {
		responsibility().setSubstitute(coordinator);
	}

	public UUID id() {
		return id;
	}

	@Override
	public String reference() {
		return reference;
	}

	public LoanStatus status() {
		return status;
	}

	public UUID municipalityId() {
		return municipalityId;
	}

	public String municipalityName() {
		return municipalityName;
	}

	public String organisation() {
		return organisation;
	}

	/** The loan period as a whole-day calendar entry, one UID per loan (the mails and the calendar feed share it). */
	public de.kommunalpilot.platform.Calendars.Event calendarEvent() {
		return de.kommunalpilot.platform.Calendars.Event.days("loan-" + reference + "@kommunalpilot", (int) Math.min(Integer.MAX_VALUE, version),
				"Wanderausstellung: " + kit().name() + " · " + reference, "Ausleihe " + reference + " der SDG-Wanderausstellung.", venue,
				requestedFrom, requestedUntil);
	}

	public String venue() {
		return venue;
	}

	public String deliveryAddress() {
		return deliveryAddress;
	}

	public String contactName() {
		return contactName;
	}

	public String contactEmail() {
		return contactEmail;
	}

	public String contactPhone() {
		return contactPhone;
	}

	public String message() {
		return message;
	}

	public LocalDate requestedFrom() {
		return requestedFrom;
	}

	public LocalDate requestedUntil() {
		return requestedUntil;
	}

	public Kit preferredKit() {
		return preferredKit;
	}

	public Kit kit() {
		return kit;
	}

	public LocalDate alternativeFrom() {
		return alternativeFrom;
	}

	public LocalDate alternativeUntil() {
		return alternativeUntil;
	}

	public Kit alternativeKit() {
		return alternativeKit;
	}

	public String declineReason() {
		return declineReason;
	}

	public LocalDate shippedOn() {
		return shippedOn;
	}

	public String carrier() {
		return carrier;
	}

	public String trackingNumber() {
		return trackingNumber;
	}

	public LocalDate returnedOn() {
		return returnedOn;
	}

	public Boolean damaged() {
		return damaged;
	}

	public String damageDescription() {
		return damageDescription;
	}

	public String damageSettlement() {
		return damageSettlement;
	}

	public BigDecimal damageCost() {
		return damageCost;
	}

	public String cancellationReason() {
		return cancellationReason;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}
}
