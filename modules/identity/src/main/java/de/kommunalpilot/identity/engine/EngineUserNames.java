package de.kommunalpilot.identity.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.platform.UserNames;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

@Component("userNames")
class EngineUserNames implements UserNames {

	private final IdentityService identity;
	private final EngineSystemCalls calls;
	private final Notifications settings;

	EngineUserNames(IdentityService identity, EngineSystemCalls calls, Notifications settings) {
		this.identity = identity;
		this.calls = calls;
		this.settings = settings;
	}

	@Override
	public boolean isAbsent(String userId) {
		return settings.absent(userId);
	}

	@Override
	public String fullName(String userId) {
		if (userId == null || userId.isBlank()) {
			return "";
		}
		if ("system".equals(userId)) {
			return "automatisch";
		}
		User user = calls.run(() -> identity.createUserQuery().userId(userId).singleResult());
		return user == null ? userId : Notifications.fullName(user);
	}

	@Override
	public String groupNames(String groupIds) {
		if (groupIds == null || groupIds.isBlank()) {
			return "";
		}
		return java.util.Arrays.stream(groupIds.split("\\s*,\\s*")).filter(id -> !id.isBlank()).map(Groups::displayName)
				.collect(java.util.stream.Collectors.joining(", "));
	}

	@Override
	public java.util.List<Person> membersOf(String groupId) {
		return calls.run(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list()).stream()
				.map(user -> new Person(user.getId(), Notifications.fullName(user))).toList();
	}
}
