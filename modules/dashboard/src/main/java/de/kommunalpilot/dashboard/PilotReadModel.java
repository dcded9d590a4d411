package de.kommunalpilot.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotEvents.ConsultationLogged;
import de.kommunalpilot.pilots.PilotEvents.NeedsCaptured;
import de.kommunalpilot.pilots.PilotEvents.PilotCreated;
import de.kommunalpilot.pilots.PilotEvents.PilotPhaseChanged;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.platform.AdvisoryLocks;

/**
 * Keeps the dashboard's tables in step with the pilots. The events come through the persisted
 * publication registry after the pilot's transaction committed, asynchronously, in any order, and
 * possibly twice after a crash: every write is idempotent and independent of order, and each tells the
 * dashboard's {@link Figures} in its transaction that they changed.
 */
@Component
class PilotReadModel {

	/** The advisory lock kind („KPDV“) under which a pilot's phase visits are written, one transaction at a time per pilot. */
	static final int VISIT_LOCK_KIND = 0x4b504456;

	private final JdbcTemplate jdbc;
	private final Figures figures;

	PilotReadModel(JdbcTemplate jdbc, Figures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	@ApplicationModuleListener
	void on(PilotCreated event) {
		pilot(event.pilotId().value(), event.reference(), event.municipalityName(), event.districtKey(), event.at());
		phase(event.pilotId().value(), PilotPhase.ENQUIRY, 0, event.at());
	}

	@ApplicationModuleListener
	void on(PilotPhaseChanged event) {
		phase(event.pilotId().value(), event.to(), event.sequence(), event.at());
	}

	@ApplicationModuleListener
	void on(NeedsCaptured event) {
		sdgs(event.pilotId().value(), event.sdgs());
	}

	@ApplicationModuleListener
	void on(ConsultationLogged event) {
		consultation(event.consultationId(), event.pilotId().value(), event.expertUser(), event.heldOn(), event.hours());
	}

	void pilot(UUID pilot, String reference, String municipality, String districtKey, Instant createdAt) {
		jdbc.update("""
				insert into dashboard_pilot (pilot_id, reference, municipality, district_key, created_at)
				values (?, ?, ?, ?, ?) on conflict (pilot_id) do nothing
				""", pilot, reference, municipality, districtKey, Timestamp.from(createdAt));
		figures.changed();
	}

	void phase(UUID pilot, PilotPhase phase, int sequence, Instant at) {
		jdbc.update("""
				insert into dashboard_pilot_phase (pilot_id, phase, sequence, since) values (?, ?, ?, ?)
				on conflict (pilot_id) do update set phase = excluded.phase, sequence = excluded.sequence, since = excluded.since
				where dashboard_pilot_phase.sequence < excluded.sequence
				""", pilot, phase.name(), sequence, Timestamp.from(at));
		// a visit was left when the next one began: whichever of the two arrives second writes it; the pilot's visits are
		// written one transaction at a time, so two arriving at once cannot both miss the other
		AdvisoryLocks.forTransaction(jdbc, AdvisoryLocks.key(VISIT_LOCK_KIND, pilot));
		jdbc.update("""
				insert into dashboard_phase_visit (pilot_id, sequence, phase, entered_at, left_at)
				values (?, ?, ?, ?, (select n.entered_at from dashboard_phase_visit n where n.pilot_id = ? and n.sequence = ? + 1))
				on conflict do nothing
				""", pilot, sequence, phase.name(), Timestamp.from(at), pilot, sequence);
		jdbc.update("update dashboard_phase_visit set left_at = ? where pilot_id = ? and sequence = ? - 1 and left_at is null",
				Timestamp.from(at), pilot, sequence);
		figures.changed();
	}

	void sdgs(UUID pilot, Set<Integer> sdgs) {
		jdbc.update("delete from dashboard_pilot_sdg where pilot_id = ?", pilot);
		for (Integer sdg : sdgs) {
			jdbc.update("insert into dashboard_pilot_sdg (pilot_id, sdg) values (?, ?) on conflict do nothing", pilot, sdg);
		}
		figures.changed();
	}

	/** Keyed by the consultation's id, so an event and a rebuild write the same row. */
	void consultation(UUID consultation, UUID pilot, String expertUser, LocalDate heldOn, BigDecimal hours) {
		jdbc.update("""
				insert into dashboard_consultation (event_key, pilot_id, expert_user, held_on, hours)
				values (?, ?, ?, ?, ?) on conflict (event_key) do nothing
				""", consultation.toString(), pilot, expertUser, heldOn, hours);
		figures.changed();
	}
}
