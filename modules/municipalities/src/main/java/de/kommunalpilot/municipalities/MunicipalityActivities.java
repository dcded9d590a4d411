package de.kommunalpilot.municipalities;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a module does with municipalities, for the municipality's page, the list's filter and the map: pilots,
 * loans, meeting participations. The modules that know answer; the municipalities module only shows it.
 */
public interface MunicipalityActivities {

	/** What the activities are called on the page: „Pilotvorhaben“, „Ausleihen“, „Austauschtreffen“. */
	String heading();

	/** The activities with the municipality, newest first. */
	List<Activity> of(Municipality municipality);

	/** The municipalities with at least one activity of this kind, with how many (for the list's filter and the map). */
	Map<UUID, Summary> summary();

	/** Whether the map shows these (the pilots do). */
	default boolean onMap() {
		return false;
	}

	/**
	 * @param path the case page, or {@code null}
	 * @param sdgs the SDGs the activity works on (empty when it has none)
	 */
	record Activity(String reference, String title, String status, LocalDate date, String path, Set<Integer> sdgs) {
	}

	/** How many activities, and the status of the newest (its label and a colour key for the map). */
	record Summary(int count, String status, String colour) {
	}
}
