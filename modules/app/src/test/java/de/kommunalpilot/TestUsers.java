package de.kommunalpilot;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Users that tests may lock out with wrong passwords (Camunda delays the next login after a failed
 * one), so the demo users stay usable for the other tests.
 */
final class TestUsers {

	private TestUsers() {
	}

	static String create(IdentityService identityService, String id, String password, String group) {
		if (identityService.createUserQuery().userId(id).count() == 0) {
			User user = identityService.newUser(id);
			user.setFirstName("Test");
			user.setLastName(id);
			user.setPassword(password);
			identityService.saveUser(user);
			identityService.createMembership(id, group);
		}
		return id;
	}
}
