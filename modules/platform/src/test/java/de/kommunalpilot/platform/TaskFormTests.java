package de.kommunalpilot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What a task's declaration accepts and refuses, without Spring or an engine. */
class TaskFormTests {

	static final TaskForm FORM = TaskForm.shows("pilotReference").accepts(
			FormField.choice("decision", "Annehmen oder Ablehnen", "accept", "decline").mandatory(),
			FormField.textarea("reason", "eine Begründung", 20).mandatory().when("decision", "decline"),
			FormField.number("hours", "die Stunden", new BigDecimal("0.25"), BigDecimal.valueOf(80)),
			FormField.date("heldOn", "das Datum"),
			FormField.checklist("sdgs", "ein SDG", List.of("1", "2", "3")).atLeast(1),
			FormField.offered("expertId", "eine Expert*in", "expertOptions"),
			FormField.checkbox("reportProblem", "ein Problem"),
			FormField.text("detail", "die Einzelheit", 50).mandatory().whenFilled("title"));

	static void valid(Map<String, Object> values) {
		FORM.validate(values, variable -> List.of("e-1", "e-2"));
	}

	static Map<String, String> errors(Map<String, Object> values) {
		try {
			valid(values);
			return Map.of();
		}
		catch (InvalidInputException problem) {
			return problem.errors();
		}
	}

	static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1]);
		}
		return values;
	}

	@Test
	void refusesWhatItDoesNotDeclareAndDropsWhatItOnlyShows() {
		assertThatThrownBy(() -> FORM.accept(values("decision", "accept", "pilotId", "x", "businessKey", "P-1")))
				.isInstanceOfSatisfying(InvalidInputException.class,
						problem -> assertThat(problem.errors()).containsOnlyKeys("pilotId", "businessKey"));
		assertThat(FORM.accept(values("decision", "accept", "pilotReference", "P-2026-0099"))).containsOnlyKeys("decision");
	}

	@Test
	void requiresAFieldOnlyWhenItsConditionHolds() {
		assertThat(errors(values("decision", "accept"))).isEmpty();
		assertThat(errors(values("decision", "decline"))).containsOnlyKeys("reason");
		assertThat(errors(values())).containsOnlyKeys("decision");
		assertThat(errors(values("decision", "accept", "title", "Erkenntnis"))).containsOnlyKeys("detail");
	}

	@Test
	void checksTypesLimitsAndOptions() {
		assertThat(errors(values("decision", "maybe"))).containsOnlyKeys("decision");
		assertThat(errors(values("decision", "decline", "reason", "x".repeat(21)))).containsOnlyKeys("reason");
		assertThat(errors(values("decision", "accept", "hours", "0,2"))).containsOnlyKeys("hours");
		assertThat(errors(values("decision", "accept", "hours", "3,5"))).isEmpty();
		assertThat(errors(values("decision", "accept", "hours", true))).containsOnlyKeys("hours");
		assertThat(errors(values("decision", "accept", "heldOn", "2026-13-45"))).containsOnlyKeys("heldOn");
		assertThat(errors(values("decision", "accept", "sdgs", List.of("1", "4")))).containsOnlyKeys("sdgs");
		assertThat(errors(values("decision", "accept", "sdgs", java.util.Arrays.asList("1", null)))).containsOnlyKeys("sdgs");
		assertThat(errors(values("decision", "accept", "expertId", "e-9"))).containsOnlyKeys("expertId");
		assertThat(errors(values("decision", "accept", "expertId", "e-2", "reportProblem", "maybe"))).containsOnlyKeys("reportProblem");
	}

	@Test
	void refusesControlCharactersInTexts() {
		assertThat(errors(values("decision", "decline", "reason", "a\u0000b"))).containsOnlyKeys("reason");
		assertThat(errors(values("decision", "decline", "reason", "a\u0001b"))).containsOnlyKeys("reason");
		assertThat(errors(values("decision", "decline", "reason", "Zeile 1\nZeile 2\t."))).isEmpty();
	}

	@Test
	void namesItsMessagesInGerman() {
		assertThat(errors(values("decision", "accept", "hours", "100")).get("hours")).isEqualTo(
				"Bitte die Stunden als Zahl von 0,25 bis 80 angeben.");
		assertThat(errors(values()).get("decision")).isEqualTo("Bitte Annehmen oder Ablehnen auswählen.");
	}
}
