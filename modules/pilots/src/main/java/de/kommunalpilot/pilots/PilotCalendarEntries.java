package de.kommunalpilot.pilots;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.platform.CalendarEntries;
import de.kommunalpilot.platform.Calendars;

/**
 * The dated first talks and kick-offs in the calendar feed of whom they concern: the pilot's responsible
 * coordinator and its expert, from a month ago on.
 */
@Component
class PilotCalendarEntries implements CalendarEntries {

	private final PilotRepository pilots;

	PilotCalendarEntries(PilotRepository pilots) {
		this.pilots = pilots;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Calendars.Event> entriesFor(String userId, Set<String> groups) {
		List<Pilot> concerned = new ArrayList<>();
		if (groups.contains("coordinators")) {
			concerned.addAll(pilots.withAppointmentsLookedAfterBy(userId));
		}
		if (groups.contains("experts")) {
			concerned.addAll(pilots.withAppointmentsAdvisedBy(userId, Assignment.SEES_THE_PILOT));
		}
		Instant since = Instant.now().minus(30, ChronoUnit.DAYS);
		List<Calendars.Event> events = new ArrayList<>();
		for (Pilot pilot : concerned.stream().distinct().toList()) {
			for (AppointmentKind kind : AppointmentKind.values()) {
				pilot.appointment(kind).filter(a -> a.endsAt().isAfter(since))
						.flatMap(a -> pilot.calendarEvent(kind))
						.ifPresent(events::add);
			}
		}
		return events;
	}
}
