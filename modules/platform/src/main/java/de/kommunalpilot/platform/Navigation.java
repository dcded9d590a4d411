package de.kommunalpilot.platform;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The app's main menu, one list for the pages' navigation bar and Tasklist's header: each entry with the
 * groups that may open it ({@code null}: everyone signed in). No entry leads to a page its user is refused.
 */
@Component("navigation")
public class Navigation {

	private static final Set<String> STAFF = Set.of("leads", "coordinators", "camunda-admin");

	static final List<Entry> ENTRIES = List.of(
			new Entry("pilots", "Pilotvorhaben", "/pilotvorhaben", null, true),
			new Entry("dashboard", "Dashboard", "/dashboard", Set.of("leads", "coordinators"), true),
			new Entry("meetings", "Austauschtreffen", "/austauschtreffen", STAFF, true),
			new Entry("municipalities", "Kommunen", "/kommunen", STAFF, true),
			new Entry("experts", "Expert*innen", "/expertinnen", STAFF, true),
			new Entry("exhibition", "Ausstellung", "/ausstellung", STAFF, true),
			new Entry("funding", "Förderung", "/foerderung", STAFF, true),
			new Entry("travel", "Reisekosten", "/reisekosten", Set.of("experts"), true),
			new Entry("guide", "Handreichung", "/handreichung", null, true),
			new Entry("tasks", "Aufgaben", "/camunda/app/tasklist/default/", null, false),
			new Entry("cockpit", "Cockpit", "/camunda/app/cockpit/default/", Set.of("leads", "camunda-admin"), false),
			new Entry("admin", "Administration", "/camunda/app/admin/default/", Set.of("camunda-admin"), false));

	/** The entries the signed-in user may open, in menu order. */
	public List<Entry> visibleTo(Authentication user) {
		Set<String> groups = Roles.groups(user);
		return ENTRIES.stream().filter(entry -> entry.groups() == null || entry.groups().stream().anyMatch(groups::contains)).toList();
	}

	/**
	 * @param key what a page passes as the active entry
	 * @param page whether it is one of the app's pages (Tasklist links to those; the webapps have their own menu)
	 */
	public record Entry(String key, String label, String path, Set<String> groups, boolean page) {
	}
}
