package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;


import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.InvalidInputException;
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
 * An expert's travel claim (Reisekostenabrechnung) under the Landesreisekostengesetz: trips for a pilot or a meeting, each
 * by private car (kilometres at the rate of the trip's day) or with a fare (the ticket as a receipt), plus the Tagegeld
 * for the hours away. A claim later than the deadline after a trip is accepted but flagged; a coordinator checks it with
 * its receipts, leads approve it (the same four eyes as fees, {@link Approvals}); approved, it is booked on the travel
 * line as committed, and paid from there.
 */
@Entity
@Table(name = "funding_travel_claim")
public class TravelClaim extends ExpertPayment<TravelClaim> {

	public static final int TRIPS_MAX = 10;
	public static final int PLACE_MAX = 100;
	public static final int PURPOSE_MAX = 300;
	public static final BigDecimal KILOMETRES_MAX = new BigDecimal("3000");
	public static final BigDecimal FARE_MAX = new BigDecimal("2000.00");
	public static final BigDecimal HOURS_MAX = new BigDecimal("24");

	/** The trip's fields as a page or a form names them: {@code trip1Date}, {@code trip1Origin} … */
	public static final List<String> TRIP_FIELDS = List.of("date", "origin", "destination", "purpose", "caseReference", "mode", "kilometres",
			"fare", "absenceHours");

	public enum Status {
		SUBMITTED, CHECKED, PARTLY_APPROVED, APPROVED, PAID, RETURNED;

		public String label() {
			return switch (this) {
				case SUBMITTED -> "eingereicht";
				case CHECKED -> "geprüft";
				case PARTLY_APPROVED -> "erste Freigabe";
				case APPROVED -> "freigegeben";
				case PAID -> "bezahlt";
				case RETURNED -> "zurückgegeben";
			};
		}
	}

	public enum Mode {
		CAR, FARE;

		public String label() {
			return this == CAR ? "Privat-Pkw (Wegstreckenentschädigung)" : "Fahrkarte (Beleg)";
		}
	}

	/** What the expert enters for one trip. */
	public record TripEntry(LocalDate date, String origin, String destination, String purpose, String caseReference, Mode mode,
			BigDecimal kilometres, BigDecimal fare, BigDecimal absenceHours) {
	}

	/** A trip on the claim, valued with the rates of its day. */
	@Embeddable
	public record Trip(@Column(name = "travelled_on", nullable = false) LocalDate date, @Column(nullable = false) String origin,
			@Column(nullable = false) String destination, @Column(nullable = false) String purpose,
			@Column(name = "case_reference", nullable = false) String caseReference, @Enumerated(EnumType.STRING) @Column(nullable = false) Mode mode,
			BigDecimal kilometres, BigDecimal fare, @Column(name = "absence_hours", nullable = false) BigDecimal absenceHours,
			@Column(name = "travel_amount", nullable = false) BigDecimal travelAmount, @Column(name = "per_diem", nullable = false) BigDecimal perDiem) {

		public BigDecimal amount() {
			return travelAmount.add(perDiem);
		}
	}

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "funding_travel_trip", joinColumns = @JoinColumn(name = "claim_id"))
	@OrderColumn(name = "position")
	private List<Trip> trips = new ArrayList<>();

	@Column(name = "submitted_on", nullable = false)
	private LocalDate submittedOn;

	/** Submitted later than the deadline after one of its trips. */
	@Column(nullable = false)
	private boolean late;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "receipts_checked", nullable = false)
	private boolean receiptsChecked;

	protected TravelClaim() {
	}

	/**
	 * The rules of the trips, at their fields ({@code trip1Date} …): at least one, at most {@link #TRIPS_MAX}; each on a
	 * day not in the future and covered by a set of rates, from and to, a purpose and the pilot or meeting it was for; by
	 * car with kilometres, otherwise with the fare; hours away between 0 and 24.
	 */
	public static InvalidInputException.Collector check(List<TripEntry> trips, LocalDate today, FundingTerms.Travel travel,
			InvalidInputException.Collector violations) {
		if (trips.isEmpty()) {
			violations.reject(FormValues.slot("trip", 1, "date"), "Bitte mindestens eine Fahrt angeben.");
		}
		violations.check(trips.size() <= TRIPS_MAX, "trips", "Höchstens " + TRIPS_MAX + " Fahrten je Abrechnung.");
		for (int n = 1; n <= trips.size() && n <= TRIPS_MAX; n++) {
			TripEntry trip = trips.get(n - 1);
			if (trip.date() == null) {
				violations.reject(field(n, "date"), "Bitte das Datum der Fahrt angeben.");
			}
			else if (trip.date().isAfter(today)) {
				violations.reject(field(n, "date"), "Die Fahrt liegt in der Zukunft.");
			}
			else if (travel.ratesOn(trip.date()).isEmpty()) {
				violations.reject(field(n, "date"), "Für diesen Tag sind keine Reisekostensätze hinterlegt.");
			}
			FormFields.requiredText(violations, field(n, "origin"), trip.origin(), PLACE_MAX, "den Abfahrtsort");
			FormFields.requiredText(violations, field(n, "destination"), trip.destination(), PLACE_MAX, "das Ziel");
			FormFields.requiredText(violations, field(n, "purpose"), trip.purpose(), PURPOSE_MAX, "den Anlass");
			violations.check(trip.caseReference() != null && trip.caseReference().strip().matches("[PT]-\\d{4}-\\d{4,6}"), field(n, "caseReference"),
					"Bitte das Pilotvorhaben oder das Treffen wählen, für das die Fahrt war.");
			if (trip.mode() == null) {
				violations.reject(field(n, "mode"), "Bitte angeben, wie Sie gereist sind.");
			}
			else if (trip.mode() == Mode.CAR) {
				positive(violations, field(n, "kilometres"), trip.kilometres(), KILOMETRES_MAX, 1, "die gefahrenen Kilometer");
			}
			else {
				Money.check(violations, field(n, "fare"), trip.fare(), false, FARE_MAX);
			}
			BigDecimal hours = trip.absenceHours() == null ? BigDecimal.ZERO : trip.absenceHours();
			violations.check(hours.signum() >= 0 && hours.compareTo(HOURS_MAX) <= 0 && hours.stripTrailingZeros().scale() <= 2,
					field(n, "absenceHours"), "Die Abwesenheit liegt zwischen 0 und 24 Stunden.");
		}
		return violations;
	}

	/** The claim's field for a trip's value. */
	public static String field(int trip, String name) {
		return FormValues.slot("trip", trip, name);
	}

	private static void positive(InvalidInputException.Collector violations, String field, BigDecimal value, BigDecimal max, int scale,
			String what) {
		violations.check(value != null && value.signum() > 0 && value.compareTo(max) <= 0 && value.stripTrailingZeros().scale() <= scale, field,
				"Bitte " + what + " angeben (mehr als 0, höchstens " + max.toPlainString() + ", höchstens " + scale + " Nachkommastelle).");
	}

	/** Values the trips with the rates of each trip's day and flags a claim later than the deadline after its oldest trip. */
	TravelClaim(String reference, String expertUser, String expertName, List<TripEntry> entries, LocalDate today, FundingTerms.Travel travel) {
		super(reference, expertUser, expertName);
		check(entries, today, travel, new InvalidInputException.Collector()).throwIfAny();
		BigDecimal sum = BigDecimal.ZERO.setScale(2);
		for (TripEntry entry : entries) {
			FundingTerms.Rates rates = travel.ratesOn(entry.date()).orElseThrow();
			BigDecimal travelAmount = entry.mode() == Mode.CAR ? entry.kilometres().multiply(rates.perKilometre()).setScale(2, RoundingMode.HALF_UP)
					: entry.fare().setScale(2);
			BigDecimal hours = entry.absenceHours() == null ? BigDecimal.ZERO : entry.absenceHours();
			Trip trip = new Trip(entry.date(), entry.origin().strip(), entry.destination().strip(), entry.purpose().strip(),
					entry.caseReference().strip(), entry.mode(), entry.mode() == Mode.CAR ? entry.kilometres() : null,
					entry.mode() == Mode.FARE ? entry.fare().setScale(2) : null, hours, travelAmount, rates.perDiem(hours).setScale(2));
			trips.add(trip);
			sum = sum.add(trip.amount());
		}
		total(sum);
		this.submittedOn = today;
		this.late = isLate(entries.stream().map(TripEntry::date).min(LocalDate::compareTo).orElseThrow(), today, travel);
		this.status = Status.SUBMITTED;
	}

	/** Whether a claim on {@code submitted} for a trip on {@code trip} is later than the deadline (LRKG: six months). */
	static boolean isLate(LocalDate trip, LocalDate submitted, FundingTerms.Travel travel) {
		return submitted.isAfter(trip.plusMonths(travel.claimDeadlineMonths()));
	}

	/** A coordinator checks the claim against its receipts (a fare needs its ticket: {@code receiptsChecked}). */
	void check(String by, boolean receiptsPresent) {
		require(Status.SUBMITTED);
		if (!receiptsPresent && trips.stream().anyMatch(trip -> trip.mode() == Mode.FARE)) {
			throw new InvalidInputException(java.util.Map.of("receiptsChecked",
					"Fahrkosten werden nur gegen Beleg erstattet: bitte bestätigen, dass die Fahrkarten vorliegen, oder die Abrechnung zurückgeben."));
		}
		if (by.equals(expertUser())) {
			throw new ConflictException("Die eigene Reisekostenabrechnung prüft eine andere Person.");
		}
		receiptsChecked = receiptsPresent;
		approvals().checked(by);
		status = Status.CHECKED;
	}

	/** The way back: the claim is given back to the expert with a reason; they may submit a corrected one. */
	void giveBack(String by, String reason) {
		require(Status.SUBMITTED);
		recordReturn(by, reason);
		status = Status.RETURNED;
	}

	/** A lead approves (four eyes, {@link Approvals}); returns whether it is now approved for payment. */
	boolean approve(String by, BigDecimal secondApprovalAbove) {
		if (status != Status.CHECKED && status != Status.PARTLY_APPROVED) {
			throw new ConflictException("Diese Reisekostenabrechnung ist " + status.label() + " und wartet nicht auf eine Freigabe.");
		}
		if (by.equals(expertUser())) {
			throw new ConflictException("Die eigene Reisekostenabrechnung gibt eine andere Person frei.");
		}
		if (!approvals().approve(by, total(), secondApprovalAbove)) {
			status = Status.PARTLY_APPROVED;
			return false;
		}
		status = Status.APPROVED;
		return true;
	}

	/** The approved claim is booked (committed) on the travel line: the expenditure it became. */
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
			throw new ConflictException("Diese Reisekostenabrechnung ist " + status.label() + ".");
		}
	}

	/** The day the claim is booked on: its latest trip. */
	public LocalDate lastTrip() {
		return trips.stream().map(Trip::date).max(LocalDate::compareTo).orElseThrow();
	}

	public List<Trip> trips() {
		return java.util.Collections.unmodifiableList(trips);
	}

	public LocalDate submittedOn() {
		return submittedOn;
	}

	public boolean late() {
		return late;
	}

	public Status status() {
		return status;
	}

	public boolean receiptsChecked() {
		return receiptsChecked;
	}
}
