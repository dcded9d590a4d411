package de.kommunalpilot.identity.engine;

import java.time.Instant;

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
	private static final java.time.Duration CACHED_FOR = java.time.Duration.ofMinutes(1);
	private static final int MAX_CACHED = 2000;
	private final java.util.Map<String, Cached> names = new java.util.concurrent.ConcurrentHashMap<>();

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
		// pages show many names (timeline, notes, tasks): each login is looked up once a minute, not once per mention
		Instant now = Instant.now();
		Cached cached = names.get(userId);
		if (cached != null && cached.until().isAfter(now)) {
			return cached.name();
		}
		User user = calls.run(() -> identity.createUserQuery().userId(userId).singleResult());
		String name = user == null ? userId : Notifications.fullName(user);
		if (names.size() > MAX_CACHED) {
			names.clear();
		}
		names.put(userId, new Cached(name, now.plus(CACHED_FOR)));
		return name;
	}

	private record Cached(String name, Instant until) {
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

	@Override
	public java.util.List<Address> addressesOf(String groupId) {
		return calls.run(() -> identity.createUserQuery().memberOfGroup(groupId).orderByUserLastName().asc().list()).stream()
				.filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
				.map(user -> new Address(user.getId(), Notifications.fullName(user), user.getEmail())).toList();
	}
}
