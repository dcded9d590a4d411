package de.kommunalpilot.meetings;

import java.util.List;
import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.PersonalData;

/** Invitations and registrations of the person: exported, and on erasure kept as anonymous seats. */
@Component
@Order(12)
class MeetingPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	MeetingPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "austauschtreffen";
	}

	@Override
	public Object export(Person person) {
		if (person.email() == null) {
			return Map.of();
		}
		return Map.of("einladungen", jdbc.queryForList("""
				select m.reference as treffen, m.title as titel, i.sent_at as gesendet_am from meeting_invitation i
				join meeting_meeting m on m.id = i.meeting_id where lower(i.email) = lower(?) order by i.sent_at
				""", person.email()), "anmeldungen", jdbc.queryForList("""
				select m.reference as treffen, m.title as titel, r.status, r.attended as anwesend, r.registered_at as angemeldet_am
				from meeting_registration r join meeting_meeting m on m.id = r.meeting_id where lower(r.email) = lower(?)
				order by r.registered_at
				""", person.email()));
	}

	@Override
	public void erase(Person person) {
		if (person.email() == null) {
			return;
		}
		for (String table : List.of("meeting_invitation", "meeting_registration")) {
			jdbc.update("update " + table + " set name = ?, email = 'geloescht-' || left(id::text, 8) || '@example.invalid', organisation = null "
					+ "where lower(email) = lower(?)", Person.ERASED_NAME, person.email());
		}
		PersonalData.replaceInTexts(jdbc, person.name(), "meeting_meeting.minutes", "meeting_finding.title", "meeting_finding.description");
	}
}
