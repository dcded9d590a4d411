package de.kommunalpilot.platform.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Whether a user may start any process in Tasklist (a startable model and the engine's permission to start it). */
@Component
class StartableProcesses {

	private final RepositoryService repository;
	private final EngineSystemCalls calls;

	StartableProcesses(RepositoryService repository, EngineSystemCalls calls) {
		this.repository = repository;
		this.calls = calls;
	}

	boolean anyFor(String user) {
		return calls.asUser(user, () -> repository.createProcessDefinitionQuery().latestVersion().startableInTasklist()
				.startablePermissionCheck().count()) > 0;
	}
}
