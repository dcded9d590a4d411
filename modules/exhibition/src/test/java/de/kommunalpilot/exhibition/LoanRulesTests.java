package de.kommunalpilot.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.GermanDates;

/** The loan's own rules, without Spring or a database. */
class LoanRulesTests {

	static Loan confirmedLoan() {
		Loan loan = new Loan("A-2026-0001", UUID.randomUUID(), "Stadt Ulm", new Exhibition.Request("08421000", "Stadt Ulm", null, "Rathaus",
				"Marktplatz 1, 89073 Ulm", "Frau Weber", "weber@example.org", null, LocalDate.now(GermanDates.ZONE).plusDays(20), LocalDate.now(GermanDates.ZONE).plusDays(40),
				null, null), null, "koordination");
		loan.reserve(null);
		loan.confirm();
		return loan;
	}

	@Test
	void shipsNotInTheFutureAndWithACarrier() {
		Loan loan = confirmedLoan();
		assertThatThrownBy(() -> loan.ship(LocalDate.now(GermanDates.ZONE).plusDays(1), "DHL", null))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("shippedOn"));
		assertThatThrownBy(() -> loan.ship(LocalDate.now(GermanDates.ZONE), " ", null)).isInstanceOf(InvalidInputException.class);
		loan.ship(LocalDate.now(GermanDates.ZONE), "DHL", "JJD0001");
		assertThat(loan.status()).isEqualTo(LoanStatus.SHIPPED);
	}

	@Test
	void needsADescriptionOfADamageAndACostInRange() {
		Loan loan = confirmedLoan();
		loan.ship(LocalDate.now(GermanDates.ZONE), "DHL", null);
		assertThatThrownBy(() -> loan.recordReturn(LocalDate.now(GermanDates.ZONE), true, null))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("damageDescription"));
		loan.recordReturn(LocalDate.now(GermanDates.ZONE), true, "Tafel 7 zerkratzt");
		assertThatThrownBy(() -> loan.settleDamage("Ersetzt", Loan.MAX_DAMAGE_COST.add(BigDecimal.ONE)))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("damageCost"));
		loan.settleDamage("Ersetzt", BigDecimal.valueOf(120));
	}

	@Test
	void confirmsOnlyAReservedLoan() {
		Loan loan = confirmedLoan();
		assertThatThrownBy(loan::confirm).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> loan.decline("zu spät")).isInstanceOf(ConflictException.class);
	}
}
