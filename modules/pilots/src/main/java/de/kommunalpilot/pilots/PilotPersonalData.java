package de.kommunalpilot.pilots;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.PersonalData;

/**
 * What pilots keep of an expert: requests and assignments, consultations, notes, reported problems and
 * phase changes they made. Erasure keeps every entry of the case history and replaces the person by the
 * pseudonym; texts they wrote stay with the case, with their name replaced where it appears.
 */
@Component
@Order(10)
class PilotPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	PilotPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "pilotvorhaben";
	}

	@Override
	public Object export(Person person) {
		if (person.userId() == null) {
			return Map.of();
		}
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("anfragenUndEinsaetze", jdbc.queryForList("""
				select p.reference as pilotvorhaben, p.municipality_name as kommune, a.status, a.requested_at as angefragt_am,
				       a.answered_at as beantwortet_am, a.decline_reason as absagegrund
				from pilot_assignment a join pilot_pilot p on p.id = a.pilot_id where a.expert_user = ? order by a.requested_at
				""", person.userId()));
		export.put("beratungen", jdbc.queryForList("""
				select p.reference as pilotvorhaben, c.held_on as datum, c.hours as stunden, c.topic as thema
				from pilot_consultation c join pilot_pilot p on p.id = c.pilot_id where c.expert_user = ? order by c.held_on
				""", person.userId()));
		export.put("notizen", jdbc.queryForList("""
				select p.reference as pilotvorhaben, n.text, n.created_at as erstellt_am
				from pilot_note n join pilot_pilot p on p.id = n.pilot_id where n.author = ? order by n.created_at
				""", person.userId()));
		export.put("gemeldeteProbleme", jdbc.queryForList("""
				select p.reference as pilotvorhaben, r.description as beschreibung, r.reported_at as gemeldet_am
				from pilot_problem r join pilot_pilot p on p.id = r.pilot_id where r.reported_by = ? order by r.reported_at
				""", person.userId()));
		return export;
	}

	@Override
	public void erase(Person person) {
		if (person.userId() == null) {
			return;
		}
		String user = person.userId();
		String pseudonym = person.pseudonym();
		jdbc.update("update pilot_assignment set expert_user = ?, expert_name = ?, decline_reason = null where expert_user = ?", pseudonym,
				Person.ERASED_NAME, user);
		jdbc.update("update pilot_consultation set expert_user = ? where expert_user = ?", pseudonym, user);
		jdbc.update("update pilot_note set author = ? where author = ?", pseudonym, user);
		jdbc.update("update pilot_problem set reported_by = ? where reported_by = ?", pseudonym, user);
		jdbc.update("update pilot_phase_change set changed_by = ? where changed_by = ?", pseudonym, user);
		PersonalData.replaceInTexts(jdbc, person.name(), "pilot_note.text", "pilot_problem.description", "pilot_problem.resolution",
				"pilot_milestone.result", "pilot_milestone.title", "pilot_milestone.delay_note", "pilot_consultation.topic", "pilot_pilot.results",
				"pilot_pilot.lessons_learned", "pilot_pilot.recommendations", "pilot_pilot.feedback_text", "pilot_pilot.closure_comment");
	}
}
