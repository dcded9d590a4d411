package de.kommunalpilot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResponsibilityTests {

	@Test
	void theFirstToActTakesTheCaseOnlyOnce() {
		Responsibility responsibility = new Responsibility();
		assertThat(responsibility.take(null)).isEmpty();
		assertThat(responsibility.take("sabine")).hasValueSatisfying(change -> assertThat(change.taken()).isTrue());
		assertThat(responsibility.take("jonas")).isEmpty();
		assertThat(responsibility.responsible()).isEqualTo("sabine");
	}

	@Test
	void aHandoverNamesWhoHandedAndRefusesTheSamePerson() {
		Responsibility responsibility = new Responsibility();
		ResponsibilityChange first = responsibility.handOver("jonas", "sabine", "Die Ausleihe A-1");
		assertThat(first.taken()).as("handed to someone, not taken").isFalse();
		assertThat(first.from()).isNull();
		assertThatThrownBy(() -> responsibility.handOver("jonas", "sabine", "Die Ausleihe A-1")).isInstanceOf(ConflictException.class)
				.hasMessage("Die Ausleihe A-1 liegt schon bei dieser Person.");
		ResponsibilityChange back = responsibility.handOver("sabine", "jonas", "Die Ausleihe A-1");
		assertThat(back.from()).isEqualTo("jonas");
		assertThat(responsibility.responsible()).isEqualTo("sabine");
	}

	@Test
	void theSubstituteStandsInWhileTheResponsibleIsAwayAndIsNeverTheResponsibleThemselves() {
		Responsibility responsibility = new Responsibility();
		assertThat(responsibility.coordinatorForNextStep(user -> false)).as("nobody has it: the team").isNull();
		responsibility.take("sabine");
		assertThatThrownBy(() -> responsibility.setSubstitute("sabine")).isInstanceOf(InvalidInputException.class);
		responsibility.setSubstitute("jonas");
		assertThat(responsibility.coordinatorForNextStep(user -> false)).isEqualTo("sabine");
		assertThat(responsibility.coordinatorForNextStep("sabine"::equals)).isEqualTo("jonas");
		assertThat(responsibility.coordinatorForNextStep(user -> true)).as("both away: the team").isNull();
		responsibility.handOver("jonas", "sabine", "Das Austauschtreffen T-1");
		assertThat(responsibility.substitute()).as("who takes the case no longer stands in for it").isNull();
	}
}
