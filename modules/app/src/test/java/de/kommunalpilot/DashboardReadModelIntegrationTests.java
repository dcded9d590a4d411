package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import de.kommunalpilot.dashboard.Dashboard;
import de.kommunalpilot.pilots.PilotEvents;
import de.kommunalpilot.pilots.PilotId;
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
	@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

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

	/**
	 * The dashboard keeps a figure until the read model changes: asked again with nothing written, it answers what it
	 * computed; once a write is committed (seen here in the tables themselves), the next answer includes it, with no
	 * wait, as it would on any other node.
	 */
	@Test
	void keepsAFigureExactlyAsLongAsNothingChanged(Scenario scenario) {
		Map<PilotPhase, Long> before = dashboard.pilotsPerPhase();
		assertThat(dashboard.pilotsPerPhase()).isSameAs(before);

		Pilots.Enquiry enquiry = new Pilots.Enquiry("08437100", "Stadt Bad Saulgau", "Kennzahlen-Test", "Anfrage", null, null);
		String[] created = new String[1];
		scenario.stimulate(() -> created[0] = pilots.createFromEnquiry(enquiry, "koordination").reference())
				.andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from dashboard_pilot_phase p join dashboard_pilot d"
						+ " on d.pilot_id = p.pilot_id where d.reference = ?", Long.class, created[0]), count -> count == 1)
				.andVerify(count -> assertThat(dashboard.pilotsPerPhase()).isNotSameAs(before).isEqualTo(countsInReadModel()));
		assertThat(dashboard.pilotsPerPhase().get(PilotPhase.ENQUIRY)).isEqualTo(before.get(PilotPhase.ENQUIRY) + 1);
		assertThatThrownBy(() -> dashboard.pilotsPerPhase().put(PilotPhase.ENQUIRY, 0L)).isInstanceOf(UnsupportedOperationException.class);
	}

	/**
	 * When a pilot left a phase is the next phase's entry, written by whichever of the two visits arrives second: the
	 * later one first here (events in reverse order; the phase the pilot is in, so the dashboard's counts stay its
	 * tables'), and over every pilot of the shared context.
	 */
	@Test
	void knowsWhenAPhaseWasLeftWhateverTheOrderOfItsEvents(Scenario scenario) {
		String reference = pilots.createFromEnquiry(new Pilots.Enquiry("08437100", "Stadt Bad Saulgau", "Reihenfolge-Test", "Anfrage",
				null, null), "koordination").reference();
		PilotId id = pilots.read(reference, p -> p.id());
		Instant entered = Instant.parse("2026-01-05T09:00:00Z");
		Instant left = Instant.parse("2026-01-19T09:00:00Z");
		scenario.publish(() -> new PilotEvents.PilotPhaseChanged(id, reference, PilotPhase.ENQUIRY, PilotPhase.ENQUIRY, 11,
				left)).andWaitForStateChange(() -> visits(id, 11), count -> count == 1);
		scenario.publish(() -> new PilotEvents.PilotPhaseChanged(id, reference, PilotPhase.ENQUIRY, PilotPhase.ENQUIRY, 10, entered))
				.andWaitForStateChange(() -> visits(id, 10), count -> count == 1);
		assertThat(jdbc.queryForObject("select left_at from dashboard_phase_visit where pilot_id = ? and sequence = 10", Instant.class, id.value()))
				.isEqualTo(left);
		assertThat(jdbc.queryForObject("select left_at from dashboard_phase_visit where pilot_id = ? and sequence = 11", Instant.class,
				id.value())).isNull();
		assertThat(jdbc.queryForObject("""
				select count(*) from dashboard_phase_visit v left join dashboard_phase_visit n on n.pilot_id = v.pilot_id and n.sequence = v.sequence + 1
				where v.left_at is distinct from n.entered_at""", Long.class)).isZero();
	}

	private long visits(PilotId id, int sequence) {
		return jdbc.queryForObject("select count(*) from dashboard_phase_visit where pilot_id = ? and sequence = ?", Long.class, id.value(), sequence);
	}

	private Map<PilotPhase, Long> countsInReadModel() {
		Map<PilotPhase, Long> counts = new java.util.LinkedHashMap<>();
		for (PilotPhase phase : PilotPhase.values()) {
			counts.put(phase, jdbc.queryForObject("select count(*) from dashboard_pilot_phase where phase = ?", Long.class, phase.name()));
		}
		return counts;
	}
}
