package de.kommunalpilot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class GermanNumbersTests {

	@Test
	void moneyAndNumbersAreWrittenTheGermanWay() {
		assertThat(GermanNumbers.money(new BigDecimal("2700"))).isEqualTo("2.700,00 EUR");
		assertThat(GermanNumbers.money(new BigDecimal("450.5"))).isEqualTo("450,50 EUR");
		assertThat(GermanNumbers.money(null)).isEqualTo("–");
		assertThat(GermanNumbers.number(new BigDecimal("7.00"))).isEqualTo("7");
		assertThat(GermanNumbers.number(new BigDecimal("3.50"))).isEqualTo("3,5");
		assertThat(GermanNumbers.number(new BigDecimal("1234.25"))).isEqualTo("1.234,25");
	}
}
