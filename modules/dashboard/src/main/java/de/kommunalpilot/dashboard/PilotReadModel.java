package de.kommunalpilot.dashboard;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotEvents.ConsultationLogged;
import de.kommunalpilot.pilots.PilotEvents.PilotCreated;
import de.kommunalpilot.pilots.PilotEvents.PilotPhaseChanged;

/**
 * Keeps the dashboard's tables in step with the pilots. The events come through the persisted
 * publication registry, after the pilot's transaction committed, and may come again after a crash:
 * every update is idempotent.
 */
@Component
class PilotReadModel {

	private final JdbcTemplate jdbc;

	PilotReadModel(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(PilotCreated event) {
		Timestamp at = Timestamp.from(event.at());
		jdbc.update("""
				insert into dashboard_pilot (pilot_id, reference, municipality, district_key, phase, created_at, phase_since)
				values (?, ?, ?, ?, 'ENQUIRY', ?, ?) on conflict (pilot_id) do nothing
				""", event.pilotId().value(), event.reference(), event.municipalityName(), event.districtKey(), at, at);
		jdbc.update("""
				insert into dashboard_phase_visit (pilot_id, phase, entered_at) values (?, 'ENQUIRY', ?)
				on conflict do nothing
				""", event.pilotId().value(), at);
	}

	@ApplicationModuleListener
	void on(PilotPhaseChanged event) {
		Timestamp at = Timestamp.from(event.at());
		jdbc.update("""
				update dashboard_pilot set phase = ?, phase_since = ?,
				closed_at = case when ? in ('COMPLETED', 'DECLINED', 'CANCELLED') then ? else closed_at end
				where pilot_id = ? and phase_since <= ?
				""", event.to().name(), at, event.to().name(), at, event.pilotId().value(), at);
		jdbc.update("update dashboard_phase_visit set left_at = ? where pilot_id = ? and phase = ? and left_at is null",
				at, event.pilotId().value(), event.from().name());
		jdbc.update("insert into dashboard_phase_visit (pilot_id, phase, entered_at) values (?, ?, ?) on conflict do nothing",
				event.pilotId().value(), event.to().name(), at);
	}

	@ApplicationModuleListener
	void on(ConsultationLogged event) {
		jdbc.update("""
				insert into dashboard_consultation (pilot_id, expert_user, held_on, hours, event_key)
				values (?, ?, ?, ?, ?) on conflict (event_key) do nothing
				""", event.pilotId().value(), event.expertUser(), event.heldOn(), event.hours(),
				event.pilotId() + "/" + event.expertUser() + "/" + event.heldOn() + "/" + event.hours() + "/" + event.loggedAt());
	}
}
