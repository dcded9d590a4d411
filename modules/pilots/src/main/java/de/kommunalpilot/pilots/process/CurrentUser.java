package de.kommunalpilot.pilots.process;

import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * Who acts in the current engine call: the user Tasklist, the REST API or the app's API authenticated;
 * {@code system} for timers and other jobs.
 */
@Component
class CurrentUser {

	static final String SYSTEM = "system";

	private final EngineSystemCalls engine;

	CurrentUser(EngineSystemCalls engine) {
		this.engine = engine;
	}

	String id() {
		return engine.currentUserId();
	}
}
