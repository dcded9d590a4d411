package de.kommunalpilot.meetings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.platform.CalendarEntries;
import de.kommunalpilot.platform.Calendars;
import de.kommunalpilot.platform.Roles;

/** Staff see the exchange meetings with a date, from a month ago on; a cancelled one as cancelled. */
@Component
class MeetingCalendarEntries implements CalendarEntries {

	private final MeetingRepository meetings;

	MeetingCalendarEntries(MeetingRepository meetings) {
		this.meetings = meetings;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Calendars.Event> entriesFor(String userId, Set<String> groups) {
		if (!Roles.isStaff(groups)) {
			return List.of();
		}
		Instant since = Instant.now().minus(30, ChronoUnit.DAYS);
		return meetings.findAll(PageRequest.of(0, 500, Sort.by(Sort.Direction.DESC, "startsAt"))).stream()
				.filter(m -> m.startsAt() != null && m.startsAt().isAfter(since)).map(m -> m.calendarEvent(null)).filter(java.util.Objects::nonNull)
				.toList();
	}
}
