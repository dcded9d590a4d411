package de.kommunalpilot.pilots.process;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Mail addresses of the people a process step informs.
 */
@Component
class Recipients {

	private final IdentityService identityService;

	Recipients(IdentityService identityService) {
		this.identityService = identityService;
	}

	List<String> coordinators() {
		return identityService.createUserQuery().memberOfGroup("coordinators").list().stream().map(User::getEmail)
				.filter(email -> email != null && !email.isBlank()).toList();
	}
}
