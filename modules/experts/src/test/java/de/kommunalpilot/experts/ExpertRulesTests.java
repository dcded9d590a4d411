package de.kommunalpilot.experts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.Topic;

/** The review rules of a self-registration, without Spring or a database. */
class ExpertRulesTests {

	static Expert applicant() {
		return new Expert(new Experts.Application("Ayşe Demir", null, Expert.Kind.PERSON, "ayse@example.org", null, Set.of("Deutsch"),
				Set.of(), Set.of(10), Set.of(Topic.INTEGRATION), Set.of("08111"), "Beraterin für Teilhabe"), "E-2026-0001");
	}

	@Test
	void acceptsWithADailyFeeFromOneHundredToTwoThousandEuros() {
		Expert expert = applicant();
		assertThatThrownBy(() -> expert.accept(BigDecimal.valueOf(99), null))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("dailyFee"));
		assertThatThrownBy(() -> expert.accept(Expert.MAX_DAILY_FEE.add(BigDecimal.ONE), null)).isInstanceOf(InvalidInputException.class);
		expert.accept(BigDecimal.valueOf(450), null);
		assertThat(expert.dailyFee()).isEqualByComparingTo("450");
		assertThatThrownBy(() -> expert.accept(BigDecimal.valueOf(450), null)).as("reviewed once").isInstanceOf(ConflictException.class);
	}

	@Test
	void rejectsOnlyWithAReason() {
		Expert expert = applicant();
		assertThatThrownBy(() -> expert.reject(" "))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("reviewNote"));
		expert.reject("Kein Bezug zu Baden-Württemberg");
		assertThat(expert.reviewNote()).isEqualTo("Kein Bezug zu Baden-Württemberg");
	}
}
