package de.kommunalpilot.identity.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.UserNames;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

@Component("userNames")
class EngineUserNames implements UserNames {

	private final IdentityService identity;
	private final EngineSystemCalls calls;

	EngineUserNames(IdentityService identity, EngineSystemCalls calls) {
		this.identity = identity;
		this.calls = calls;
	}

	@Override
	public String fullName(String userId) {
		if (userId == null || userId.isBlank()) {
			return "";
		}
		User user = calls.run(() -> identity.createUserQuery().userId(userId).singleResult());
		return user == null ? userId : Notifications.fullName(user);
	}
}
