package de.kommunalpilot.platform;

import java.util.List;
import java.util.Set;

/**
 * What a module puts into a person's calendar feed: their due dates, the meetings and loans staff look
 * after. Only what the person may see in the app.
 */
public interface CalendarEntries {

	List<Calendars.Event> entriesFor(String userId, Set<String> groups);
}
