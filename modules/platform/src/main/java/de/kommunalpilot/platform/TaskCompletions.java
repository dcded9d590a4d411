package de.kommunalpilot.platform;

import java.util.Collection;
import java.util.Map;

/**
 * The one way a person completes a task or starts a process, whichever door they came through
 * (Tasklist, the engine's REST API, the app's API): the task must be theirs, the submission may carry
 * only what the task's {@link TaskForm} declares, the values must be valid, and the domain command and
 * the engine's state commit together or not at all.
 */
public interface TaskCompletions {

	/**
	 * @throws java.util.NoSuchElementException no such task (404)
	 * @throws ConflictException completed already, or by someone else at the same moment (409)
	 * @throws NotPermittedException not the user's task (403)
	 * @throws InvalidInputException undeclared or invalid values, or a rule of the case (400)
	 */
	void complete(String taskId, String userId, Collection<String> groups, Map<String, Object> submitted);

	/**
	 * Starts the latest version of a process with its start form's values, as people may in Tasklist.
	 *
	 * @return the id of the started process instance
	 * @throws NotPermittedException the user's groups may not start it in Tasklist (403)
	 */
	Started start(String processKey, String userId, Collection<String> groups, Map<String, Object> submitted);

	/** A started process instance. */
	record Started(String id, String definitionId, String businessKey) {
	}
}
