package de.kommunalpilot.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;

/** The rules of a travel claim: valued with the rates of each trip's day, flagged when late, four eyes, receipts for fares. */
class TravelRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

	/** 2025 at 0,30 EUR/km; from 2026 at 0,35 EUR/km and a higher Tagegeld (as configured, not as the law stands). */
	static final FundingTerms.Travel TRAVEL = new FundingTerms.Travel(null, null, List.of(
			new FundingTerms.Rates(LocalDate.of(2026, 1, 1), new BigDecimal("0.35"), new BigDecimal("14.00"), new BigDecimal("14.00"),
					new BigDecimal("28.00")),
			new FundingTerms.Rates(LocalDate.of(2025, 1, 1), new BigDecimal("0.30"), new BigDecimal("6.00"), new BigDecimal("12.00"),
					new BigDecimal("24.00"))));

	static TravelClaim.TripEntry car(LocalDate day, String km, String hours) {
		return new TravelClaim.TripEntry(day, "Tübingen", "Reutlingen", "Erstgespräch", "P-2026-0001", TravelClaim.Mode.CAR, new BigDecimal(km),
				null, hours == null ? null : new BigDecimal(hours));
	}

	static TravelClaim.TripEntry fare(LocalDate day, String fare, String hours) {
		return new TravelClaim.TripEntry(day, "Stuttgart", "Ulm", "Austauschtreffen", "T-2026-0001", TravelClaim.Mode.FARE, null,
				new BigDecimal(fare), new BigDecimal(hours));
	}

	static TravelClaim claim(TravelClaim.TripEntry... trips) {
		return new TravelClaim("R-2026-0001", "expertin", "Amina Yılmaz", List.of(trips), TODAY, TRAVEL);
	}

	@Test
	void eachTripIsValuedWithTheRatesOfItsDay() {
		TravelClaim claim = claim(car(LocalDate.of(2025, 12, 31), "42.5", "9"), car(LocalDate.of(2026, 1, 2), "42.5", "15"),
				fare(LocalDate.of(2026, 9, 1), "23.40", "24"));
		// 42,5 km × 0,30 = 12,75 + 6,00; 42,5 km × 0,35 = 14,875 → 14,88 + 14,00; 23,40 + 28,00
		assertThat(claim.trips()).extracting(TravelClaim.Trip::travelAmount).containsExactly(new BigDecimal("12.75"), new BigDecimal("14.88"),
				new BigDecimal("23.40"));
		assertThat(claim.trips()).extracting(TravelClaim.Trip::perDiem).containsExactly(new BigDecimal("6.00"), new BigDecimal("14.00"),
				new BigDecimal("28.00"));
		assertThat(claim.total()).isEqualTo(new BigDecimal("99.03"));
		assertThat(claim.lastTrip()).isEqualTo(LocalDate.of(2026, 9, 1));
	}

	@Test
	void theTagegeldFollowsTheHoursAway() {
		FundingTerms.Rates rates = TRAVEL.ratesOn(LocalDate.of(2025, 6, 1)).orElseThrow();
		assertThat(rates.perDiem(new BigDecimal("8"))).isEqualByComparingTo("0");
		assertThat(rates.perDiem(new BigDecimal("8.25"))).isEqualByComparingTo("6");
		assertThat(rates.perDiem(new BigDecimal("14"))).isEqualByComparingTo("6");
		assertThat(rates.perDiem(new BigDecimal("14.5"))).isEqualByComparingTo("12");
		assertThat(rates.perDiem(new BigDecimal("24"))).isEqualByComparingTo("24");
		assertThat(TRAVEL.ratesOn(LocalDate.of(2024, 12, 31))).as("before the first set").isEmpty();
	}

	@Test
	void aClaimLaterThanSixMonthsAfterATripIsFlaggedNotRefused() {
		assertThat(claim(car(TODAY.minusMonths(6), "10", null)).late()).isFalse();
		TravelClaim late = claim(car(TODAY.minusMonths(6).minusDays(1), "10", null), car(TODAY, "10", null));
		assertThat(late.late()).isTrue();
		assertThat(late.status()).isEqualTo(TravelClaim.Status.SUBMITTED);
	}

	@Test
	void badTripsAreRefusedAtTheirFields() {
		InvalidInputException.Collector violations = TravelClaim.check(List.of(
				new TravelClaim.TripEntry(TODAY.plusDays(1), " ", "Ulm", "", "08416041", TravelClaim.Mode.CAR, new BigDecimal("-3"), null,
						new BigDecimal("25")),
				new TravelClaim.TripEntry(LocalDate.of(2024, 1, 1), "Ulm", "Stuttgart", "Treffen", "T-2026-0001", TravelClaim.Mode.FARE, null,
						new BigDecimal("12.345"), null),
				new TravelClaim.TripEntry(TODAY, "Ulm", "Stuttgart", "Treffen", "T-2026-0001", null, null, null, null)), TODAY, TRAVEL,
				new InvalidInputException.Collector());
		assertThat(violations.errors()).containsOnlyKeys("trip1Date", "trip1Origin", "trip1Purpose", "trip1CaseReference", "trip1Kilometres",
				"trip1AbsenceHours", "trip2Date", "trip2Fare", "trip3Mode");
		assertThat(violations.errors().get("trip1Date")).contains("Zukunft");
		assertThat(violations.errors().get("trip2Date")).contains("keine Reisekostensätze");
		assertThat(TravelClaim.check(List.of(), TODAY, TRAVEL, new InvalidInputException.Collector()).errors()).containsKey("trip1Date");
	}

	@Test
	void fourEyesAndNobodyOnTheirOwnClaim() {
		TravelClaim claim = claim(fare(TODAY, "2000.00", "24"), fare(TODAY, "500.00", "24"));
		assertThat(claim.total()).isEqualTo(new BigDecimal("2556.00"));
		assertThatThrownBy(() -> claim.check("koordination", false)).isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("Beleg");
		assertThatThrownBy(() -> claim.check("expertin", true)).isInstanceOf(ConflictException.class);
		claim.check("koordination", true);
		assertThatThrownBy(() -> claim.approve("koordination", new BigDecimal("2500"))).isInstanceOf(ConflictException.class)
				.hasMessageContaining("Vier-Augen");
		assertThatThrownBy(() -> claim.approve("expertin", new BigDecimal("2500"))).isInstanceOf(ConflictException.class);
		assertThat(claim.approve("leitung", new BigDecimal("2500"))).as("above the threshold: a second lead").isFalse();
		assertThat(claim.status()).isEqualTo(TravelClaim.Status.PARTLY_APPROVED);
		assertThatThrownBy(() -> claim.approve("leitung", new BigDecimal("2500"))).isInstanceOf(ConflictException.class);
		assertThat(claim.approve("leitung2", new BigDecimal("2500"))).isTrue();
		assertThat(claim.status()).isEqualTo(TravelClaim.Status.APPROVED);
		assertThatThrownBy(() -> claim.giveBack("koordination", "zu spät")).isInstanceOf(ConflictException.class);
	}

	@Test
	void aClaimGivenBackNeedsAReason() {
		TravelClaim claim = claim(car(TODAY, "12", "4"));
		assertThatThrownBy(() -> claim.giveBack("koordination", " ")).isInstanceOf(InvalidInputException.class);
		claim.giveBack("koordination", "Die Fahrt gehört zu einem anderen Vorhaben.");
		assertThat(claim.status()).isEqualTo(TravelClaim.Status.RETURNED);
		assertThatThrownBy(() -> claim.check("koordination", true)).isInstanceOf(ConflictException.class);
	}
}
