package de.kommunalpilot.platform.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What people other than administrators may do on the engine's REST surface ({@code /engine-rest/**} and
 * the webapps' {@code /camunda/api/engine/**}): one entry per operation, with the groups that may use it
 * and on which tasks. Everything not listed is refused (403) for everyone but {@code camunda-admin}.
 * {@link EngineRestGuard} enforces it; the integration tests generate their matrix from it.
 */
public final class EngineRestAllowList {

	public static final String EXPERTS = "experts";
	public static final String COORDINATORS = "coordinators";
	public static final String LEADS = "leads";
	public static final String ADMINS = "camunda-admin";
	public static final Set<String> EVERYONE = Set.of(EXPERTS, COORDINATORS, LEADS);
	public static final Set<String> STAFF = Set.of(COORDINATORS, LEADS);

	/** What the guard does for an allowed request. */
	public enum Action {
		/** passes to the engine, whose authorizations decide what the user sees */
		READ(false),
		/** a query: passes to the engine like a read */
		QUERY(false),
		/** completes through the one completion path: own or candidate task, declared fields only */
		COMPLETE(true),
		/** starts a process its group may start in Tasklist, with the start form's fields only */
		START(true),
		CLAIM(true), UNCLAIM(true),
		/** hands the task to a member of its candidate group */
		ASSIGN(true),
		/** a comment: passes to the engine */
		COMMENT(false),
		/** the follow-up date, nothing else */
		FOLLOW_UP(true);

		private final boolean carriedOutHere;

		Action(boolean carriedOutHere) {
			this.carriedOutHere = carriedOutHere;
		}

		/** Whether the guard carries it out itself (instead of passing it to the engine's REST resources). */
		public boolean carriedOutHere() {
			return carriedOutHere;
		}
	}

	/** On which tasks an entry holds for a user. */
	public enum Scope {
		/** no particular task */
		ANY,
		/** tasks the user may work on: assigned to them, or unassigned with them or their group as candidate */
		WORKABLE,
		/** tasks with one of the user's groups as candidate group */
		TEAM
	}

	/**
	 * @param method the HTTP method
	 * @param path the operation below the engine's root, {@code {id}} for an id ({@code task/{id}/claim})
	 */
	public record Entry(String method, String path, Set<String> groups, Scope scope, Action action) {

		Pattern pattern() {
			return Pattern.compile("^" + path.replace("{id}", "[^/]+") + "$", Pattern.CASE_INSENSITIVE);
		}
	}

	/** Queries: POST with a filter body, reading only. */
	static final String QUERIES = "(?:task|process-instance|execution|variable-instance|job|external-task|incident|process-definition"
			+ "|decision-definition|deployment|case-instance|case-execution|history/(?!cleanup)[a-z-]+)(?:/count)?|filter/[^/]+/(?:list|count)";

	public static final List<Entry> ENTRIES = List.of(
			new Entry("GET", ".*", EVERYONE, Scope.ANY, Action.READ),
			new Entry("HEAD", ".*", EVERYONE, Scope.ANY, Action.READ),
			new Entry("OPTIONS", ".*", EVERYONE, Scope.ANY, Action.READ),
			new Entry("POST", QUERIES, EVERYONE, Scope.ANY, Action.QUERY),
			new Entry("POST", "task/{id}/complete", EVERYONE, Scope.WORKABLE, Action.COMPLETE),
			new Entry("POST", "task/{id}/submit-form", EVERYONE, Scope.WORKABLE, Action.COMPLETE),
			new Entry("POST", "process-definition/key/{id}/start", EVERYONE, Scope.ANY, Action.START),
			new Entry("POST", "process-definition/key/{id}/submit-form", EVERYONE, Scope.ANY, Action.START),
			new Entry("POST", "process-definition/key/{id}/tenant-id/{id}/start", EVERYONE, Scope.ANY, Action.START),
			new Entry("POST", "process-definition/key/{id}/tenant-id/{id}/submit-form", EVERYONE, Scope.ANY, Action.START),
			new Entry("POST", "process-definition/{id}/start", EVERYONE, Scope.ANY, Action.START),
			new Entry("POST", "process-definition/{id}/submit-form", EVERYONE, Scope.ANY, Action.START),
			new Entry("POST", "task/{id}/claim", STAFF, Scope.TEAM, Action.CLAIM),
			new Entry("POST", "task/{id}/unclaim", STAFF, Scope.TEAM, Action.UNCLAIM),
			new Entry("POST", "task/{id}/assignee", STAFF, Scope.TEAM, Action.ASSIGN),
			new Entry("POST", "task/{id}/comment/create", STAFF, Scope.WORKABLE, Action.COMMENT),
			new Entry("PUT", "task/{id}", STAFF, Scope.WORKABLE, Action.FOLLOW_UP));

	private EngineRestAllowList() {
	}

	/** The entry for a request (method and operation below the engine's root), if the list has one. */
	public static Optional<Entry> match(String method, String operation) {
		return ENTRIES.stream().filter(entry -> entry.method().equalsIgnoreCase(method) && entry.pattern().matcher(operation).matches())
				.findFirst();
	}
}
