package de.kommunalpilot.processes;

import static de.kommunalpilot.processes.Recorder.vars;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table {@code practice-recommendation} proposes the practices that fit the needs captured
 * in the initial meeting.
 */
@Deployment(resources = "processes/practice-recommendation.dmn")
class PracticeRecommendationDecisionTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.0);

	@ParameterizedTest(name = "{0}, SDG {1}, {2} EUR -> {3}")
	@CsvSource(delimiter = ';', nullValues = "null", value = {
			"EDUCATION;4;3000;BP-01,BP-06",
			"EDUCATION;4;10000;BP-01,BP-06",
			"FAIR_TRADE;12;8000;BP-01,BP-02",
			"PARTNERSHIP;17;50000;BP-03,BP-05",
			"PARTNERSHIP;17;10000;BP-05",
			"CLIMATE;13;12000;BP-04",
			"HEALTH;3;9000;BP-07",
			"GENDER;5;7000;BP-08",
			"PARTICIPATION;16;6000;BP-05,BP-08",
			"ECONOMY;8;6000;BP-02",
			"INTEGRATION;10;null;BP-05,BP-07" })
	void recommendsPractices(String topic, int sdg, Double budget, String expected) {
		List<Object> codes = engine.getProcessEngine().getDecisionService()
				.evaluateDecisionTableByKey("practice-recommendation", vars("topic", topic, "primarySdg", sdg, "budget", budget))
				.collectEntries("practiceCode");

		Set<String> distinct = codes.stream().map(Object::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
		assertThat(distinct).containsExactlyElementsOf(Set.of(expected.split(",")).stream().sorted().toList());
	}
}
