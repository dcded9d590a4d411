package de.kommunalpilot.platform.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.StartForm;
import de.kommunalpilot.platform.UserTask;

/**
 * The handlers of all user tasks and the start forms, by process and task key. Two handlers for one
 * task stop the start-up; a user task without one stops its deployment ({@link UserTaskPlugin}).
 */
@Component
class UserTasks {

	private final Map<String, UserTask> handlers = new HashMap<>();
	private final Map<String, StartForm> startForms = new HashMap<>();

	UserTasks(List<UserTask> handlers, List<StartForm> startForms) {
		for (UserTask handler : handlers) {
			UserTask other = this.handlers.put(key(handler.process(), handler.taskKey()), handler);
			if (other != null) {
				throw new IllegalStateException("Two handlers for user task " + handler.taskKey() + " of " + handler.process() + ": "
						+ other.getClass().getName() + " and " + handler.getClass().getName());
			}
		}
		startForms.forEach(form -> this.startForms.put(form.process(), form));
	}

	Optional<UserTask> find(String process, String taskKey) {
		return Optional.ofNullable(handlers.get(key(process, taskKey)));
	}

	UserTask get(String process, String taskKey) {
		return find(process, taskKey).orElseThrow(() -> new IllegalStateException(
				"No handler for user task " + taskKey + " of process " + process + ": add a UserTask bean for it."));
	}

	Optional<StartForm> startForm(String process) {
		return Optional.ofNullable(startForms.get(process));
	}

	List<UserTask> all() {
		return List.copyOf(handlers.values());
	}

	private static String key(String process, String taskKey) {
		return process + "#" + taskKey;
	}
}
