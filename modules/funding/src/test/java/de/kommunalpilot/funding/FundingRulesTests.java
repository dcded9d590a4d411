package de.kommunalpilot.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;

class FundingRulesTests {

	static final FundingTerms TERMS = new FundingTerms(null, null, null, null, null, null, null, null, null, null, null);

	static Funding.OpenPeriod command(LocalDate start, LocalDate end, Map<String, BigDecimal> plan) {
		return new Funding.OpenPeriod("Programm 2026–2027", "Engagement Global – FEB", "FEB-2026-1", start, end, new BigDecimal("100000"),
				new BigDecimal("10000.50"), plan);
	}

	static FundingPeriod period(LocalDate start, LocalDate end) {
		Funding.OpenPeriod command = command(start, end, Map.of("HONORARE", new BigDecimal("50000"), "SACHKOSTEN", new BigDecimal("2000.25")));
		assertThat(FundingPeriod.check(command, TERMS, new InvalidInputException.Collector()).isEmpty()).isTrue();
		return new FundingPeriod("F-2026-0001", command, TERMS, "leitung");
	}

	static Map<String, String> errors(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidInputException e) {
			return e.errors();
		}
		throw new AssertionError("refused nothing");
	}

	@Test
	void theFunderExpectsAnInterimReportPerYearAndTheFinalOneFourMonthsAfterTheEnd() {
		FundingPeriod period = period(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
		assertThat(period.deadlines(TERMS)).extracting(FundingPeriod.Deadline::label, FundingPeriod.Deadline::due).containsExactly(
				org.assertj.core.groups.Tuple.tuple("Zwischennachweis 2026", LocalDate.of(2027, 2, 28)),
				org.assertj.core.groups.Tuple.tuple("Verwendungsnachweis", LocalDate.of(2028, 4, 30)));
		assertThat(period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 11, 30)).deadlines(TERMS)).singleElement()
				.satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2027, 3, 30)));
		assertThat(period.financed()).isEqualByComparingTo("110000.50");
		assertThat(period.plan()).containsEntry("SACHKOSTEN", new BigDecimal("2000.25"));
	}

	@Test
	void amountsAreEurosWithCentsAndPositive() {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		assertThat(Money.check(violations, "a", new BigDecimal("12.345"), false, TERMS.maximumAmount())).isNull();
		assertThat(Money.check(violations, "b", BigDecimal.ZERO, false, TERMS.maximumAmount())).isNull();
		assertThat(Money.check(violations, "c", new BigDecimal("-1"), true, TERMS.maximumAmount())).isNull();
		assertThat(Money.check(violations, "d", new BigDecimal("10000000.01"), false, TERMS.maximumAmount())).isNull();
		assertThat(Money.check(violations, "e", new BigDecimal("12.5"), false, TERMS.maximumAmount())).isEqualTo(new BigDecimal("12.50"));
		assertThat(Money.check(violations, "f", new BigDecimal("12.300"), false, TERMS.maximumAmount())).isEqualTo(new BigDecimal("12.30"));
		assertThat(violations.errors()).containsOnlyKeys("a", "b", "c", "d");
		assertThat(violations.errors().get("a")).contains("zwei Nachkommastellen");

		InvalidInputException.Collector typed = new InvalidInputException.Collector();
		assertThat(Money.parse(typed, "x", "1.234,56")).isEqualByComparingTo("1234.56");
		assertThat(Money.parse(typed, "x", "1.234 €")).isEqualByComparingTo("1234");
		assertThat(Money.parse(typed, "x", "1234.5")).isEqualByComparingTo("1234.5");
		assertThat(Money.parse(typed, "x", " ")).isNull();
		assertThat(typed.isEmpty()).isTrue();
		assertThat(Money.parse(typed, "y", "zwölf")).isNull();
		assertThat(typed.errors()).containsOnlyKeys("y");
	}

	@Test
	void aPeriodNeedsItsDatesInOrderAndAPlanWithinItsFinancing() {
		Map<String, String> errors = FundingPeriod.check(new Funding.OpenPeriod(" ", null, "", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
				new BigDecimal("0"), new BigDecimal("-5"), Map.of("ERFUNDEN", BigDecimal.ONE)), TERMS, new InvalidInputException.Collector()).errors();
		assertThat(errors).containsKeys("title", "funder", "grantNotice", "endsOn", "grantedAmount", "ownContribution", "plan.ERFUNDEN");
		assertThat(FundingPeriod.check(command(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Map.of("PERSONAL", new BigDecimal("110000.51"))),
				TERMS, new InvalidInputException.Collector()).errors()).containsOnlyKeys("plan");

		FundingPeriod period = period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		assertThat(errors(() -> period.plan(Map.of("HONORARE", new BigDecimal("110000.51")), TERMS))).containsOnlyKeys("plan");
		assertThat(period.plan()).containsEntry("HONORARE", new BigDecimal("50000.00"));
	}

	@Test
	void bookingsGoOnAPlanLineWithADateInsideAnOpenPeriod() {
		FundingPeriod period = period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		InvalidInputException.Collector outside = new InvalidInputException.Collector();
		period.checkBooking("SACHKOSTEN", LocalDate.of(2027, 1, 1), TERMS, outside);
		period.checkBooking("UNBEKANNT", LocalDate.of(2026, 6, 1), TERMS, outside);
		assertThat(outside.errors()).containsOnlyKeys("incurredOn", "lineCode");
		assertThat(outside.errors().get("incurredOn")).contains("außerhalb des Förderzeitraums (01.01.2026 – 31.12.2026)");

		assertThatThrownBy(() -> period.close("leitung", LocalDate.of(2026, 12, 31))).isInstanceOf(ConflictException.class)
				.hasMessageContaining("läuft noch bis 31.12.2026");
		period.close("leitung", LocalDate.of(2027, 1, 2));
		assertThatThrownBy(() -> period.checkBooking("SACHKOSTEN", LocalDate.of(2026, 6, 1), TERMS, new InvalidInputException.Collector()))
				.isInstanceOf(ConflictException.class).hasMessageContaining("abgeschlossen");
		assertThatThrownBy(period::checkPayment).isInstanceOf(ConflictException.class);
	}

	@Test
	void aPaymentComesAfterItsReceiptAndOnlyOnce() {
		FundingPeriod period = period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		Expenditure expenditure = new Expenditure(period, Expenditure.Kind.OTHER, new Funding.Booking("SACHKOSTEN", LocalDate.of(2026, 3, 10),
				"Druckerei", "Flyer", new BigDecimal("99.90"), null), new BigDecimal("99.90"), "koordination");
		LocalDate today = LocalDate.of(2026, 3, 20);
		assertThat(errors(() -> expenditure.pay(LocalDate.of(2026, 3, 9), " ", "leitung", today))).containsOnlyKeys("paidOn", "paymentReference");
		assertThat(errors(() -> expenditure.pay(LocalDate.of(2026, 3, 21), "B-1", "leitung", today)).get("paidOn")).contains("Zukunft");
		expenditure.pay(LocalDate.of(2026, 3, 15), "B-1", "leitung", today);
		assertThat(expenditure.status()).isEqualTo(Expenditure.Status.PAID);
		assertThatThrownBy(() -> expenditure.pay(LocalDate.of(2026, 3, 16), "B-2", "leitung", today)).isInstanceOf(ConflictException.class);
		assertThat(expenditure.paymentReference()).isEqualTo("B-1");
	}

	@Test
	void theBudgetSaysWhatIsLeftAndWhatIsOver() {
		Budget.Line line = new Budget.Line("SACHKOSTEN", "Sachkosten", new BigDecimal("100.00"), new BigDecimal("60.10"), new BigDecimal("40.00"));
		assertThat(line.spent()).isEqualByComparingTo("100.10");
		assertThat(line.available()).isEqualByComparingTo("-0.10");
		assertThat(line.over()).isTrue();
		assertThat(line.percent()).isEqualTo(100);
		Budget budget = new Budget(List.of(line, new Budget.Line("HONORARE", "Honorare", new BigDecimal("10"), BigDecimal.ZERO, BigDecimal.ZERO)),
				line);
		assertThat(budget.overdrawn()).extracting(Budget.Line::code).containsExactly("SACHKOSTEN");
	}
}
