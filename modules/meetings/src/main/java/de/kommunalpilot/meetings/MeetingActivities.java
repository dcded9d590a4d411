package de.kommunalpilot.meetings;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.municipalities.Municipality;
import de.kommunalpilot.municipalities.MunicipalityActivities;
import de.kommunalpilot.platform.GermanDates;

/**
 * The exchange meetings someone registered for on behalf of the municipality (named from the register) or one of its
 * contact persons registered for (by their address), for its page.
 */
@Component
@Order(3)
class MeetingActivities implements MunicipalityActivities {

	private final JdbcTemplate jdbc;

	MeetingActivities(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String heading() {
		return "Teilnahme an Austauschtreffen";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Activity> of(Municipality municipality) {
		String[] addresses = municipality.contacts().stream().map(contact -> contact.email()).filter(Objects::nonNull)
				.map(email -> email.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toArray(String[]::new);
		return jdbc.query("""
				select distinct m.reference, m.title, m.status, m.starts_at from meeting_meeting m
				join meeting_registration r on r.meeting_id = m.id
				where (r.municipality_id = ? or lower(r.email) = any(?)) and r.status <> 'CANCELLED'
				order by m.starts_at desc nulls last""",
				(row, i) -> new Activity(row.getString(1), row.getString(2), MeetingStatus.valueOf(row.getString(3)).label(),
						row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant().atZone(GermanDates.ZONE).toLocalDate(),
						"/austauschtreffen/" + row.getString(1), Set.of()),
				municipality.id().value(), addresses);
	}

	@Override
	public Map<UUID, Summary> summary() {
		// participations are found by address on the page; the list and the map show pilots and loans
		return Map.of();
	}
}
