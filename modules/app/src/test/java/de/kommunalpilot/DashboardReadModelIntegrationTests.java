package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import de.kommunalpilot.dashboard.Dashboard;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Pilots;

/**
 * The dashboard learns about pilots only from their events, delivered through the persisted
 * publication registry after the pilot's transaction committed.
 */
@IntegrationTest
@EnableScenarios
class DashboardReadModelIntegrationTests {

	@Autowired Pilots pilots;
	@Autowired Dashboard dashboard;

	@Test
	void followsANewPilotAndItsPhases(Scenario scenario) {
		Pilots.Enquiry enquiry = new Pilots.Enquiry("08437100", "Stadt Bad Saulgau", "Read-Model-Test", "Anfrage", null, null);

		String[] created = new String[1];
		scenario.stimulate(() -> created[0] = pilots.createFromEnquiry(enquiry, "koordination").reference())
				.andWaitForStateChange(() -> dashboard.phaseOf(created[0]), Optional::isPresent)
				.andVerify(phase -> assertThat(phase).contains(PilotPhase.ENQUIRY));
		String reference = created[0];

		scenario.stimulate(() -> {
			var id = pilots.read(reference, p -> p.id());
			pilots.enterPhase(id, PilotPhase.INTAKE, "koordination");
		}).andWaitForStateChange(() -> dashboard.phaseOf(reference), phase -> phase.equals(Optional.of(PilotPhase.INTAKE)))
				.andVerify(phase -> assertThat(phase).contains(PilotPhase.INTAKE));
		assertThat(dashboard.pilotsPerPhase().get(PilotPhase.INTAKE)).isPositive();
	}
}
