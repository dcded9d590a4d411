package de.kommunalpilot.pilots.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who acts in the current engine call: the user Tasklist, the REST API or the app's API authenticated;
 * {@code system} for timers and other jobs.
 */
@Component
class CurrentUser {

	static final String SYSTEM = "system";

	private final IdentityService identityService;

	CurrentUser(IdentityService identityService) {
		this.identityService = identityService;
	}

	String id() {
		Authentication authentication = identityService.getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
	}
}
