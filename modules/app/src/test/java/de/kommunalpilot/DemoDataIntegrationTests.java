package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.practices.Practices;

/**
 * The demo data is made by driving the real process: pilots in every phase, one completed, and open
 * tasks for both demo experts in different pilots.
 */
@IntegrationTest
class DemoDataIntegrationTests {

	@Autowired DemoData demoData;
	@Autowired Pilots pilots;
	@Autowired Experts experts;
	@Autowired Practices practices;
	@Autowired TaskService taskService;

	@Test
	void createsPilotsInEveryPhaseThroughTheProcess() {
		demoData.ensureExperts();
		List<String> references = demoData.loadPilots();

		Set<PilotPhase> phases = references.stream().map(ref -> pilots.read(ref, p -> p.phase()))
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(PilotPhase.class)));
		assertThat(references).hasSizeGreaterThanOrEqualTo(10);
		assertThat(phases).containsExactlyInAnyOrder(PilotPhase.values());
		assertThat(experts.count()).isGreaterThanOrEqualTo(12);
		assertThat(practices.count()).isGreaterThanOrEqualTo(8);

		for (String expert : List.of("expertin", "experte")) {
			List<Task> open = taskService.createTaskQuery().taskAssignee(expert).list().stream()
					.filter(task -> references.contains(taskService.getVariable(task.getId(), "pilotReference"))).toList();
			Set<Object> distinctPilots = open.stream().map(task -> taskService.getVariable(task.getId(), "pilotReference"))
					.collect(Collectors.toSet());
			assertThat(distinctPilots).as(expert).hasSizeGreaterThanOrEqualTo(2);
		}
		String completed = references.stream().filter(ref -> pilots.read(ref, p -> p.phase()) == PilotPhase.COMPLETED)
				.findFirst().orElseThrow();
		int historySize = pilots.read(completed, p -> p.phaseHistory().size());
		int hoursSign = pilots.read(completed, p -> p.totalHours().signum());
		assertThat(historySize).isEqualTo(PilotPhase.course().size());
		assertThat(hoursSign).isPositive();
	}
}
