package de.kommunalpilot.identity.engine;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.identity.Accounts;
import de.kommunalpilot.platform.engine.EngineSystemCalls;
import de.kommunalpilot.platform.PersonalData;

/**
 * Logins in the one user store (Camunda's identity service) for people who join through the app, such as
 * new experts: a free login id from the name, the password rules, group membership, and erasure of the
 * login together with what the engine keeps of the person. The module checked who may do this; the
 * engine calls run without its permission checks.
 */
@Service
@Transactional
@Order(40)
class EngineAccounts implements Accounts, PersonalData {



	private final IdentityService identityService;
	private final AuthorizationService authorizationService;
	private final EngineSystemCalls systemCalls;

	private final org.springframework.beans.factory.ObjectProvider<Notifications> notifications;
	private final org.springframework.beans.factory.ObjectProvider<CalendarFeed> feeds;

	EngineAccounts(IdentityService identityService, AuthorizationService authorizationService, EngineSystemCalls systemCalls,
			org.springframework.beans.factory.ObjectProvider<Notifications> notifications,
			org.springframework.beans.factory.ObjectProvider<CalendarFeed> feeds) {
		this.feeds = feeds;
		this.notifications = notifications;
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.systemCalls = systemCalls;
	}

	/** A login id from the name that nobody has yet: lower-case letters and digits ("Ayşe Yılmaz" → "ayseyilmaz"). */
	@Override
	public String freeUserId(String name) {
		String base = Normalizer.normalize(name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
				.replace("ß", "ss").replace("ı", "i"), Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
		base = base.isEmpty() ? "expertin" : base.substring(0, Math.min(base.length(), 20));
		String candidate = base;
		for (int n = 2; exists(candidate); n++) {
			candidate = base + n;
		}
		return candidate;
	}

	@Override
	public boolean exists(String userId) {
		return systemCalls.run(() -> identityService.createUserQuery().userId(userId).count() > 0);
	}


	@Override
	public void create(String userId, String firstName, String lastName, String email, String password) {
		systemCalls.run(() -> {
			User user = identityService.newUser(userId);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(email);
			user.setPassword(password);
			identityService.saveUser(user);
		});
	}

	@Override
	public void addToGroup(String userId, String groupId) {
		systemCalls.run(() -> identityService.createMembership(userId, groupId));
	}

	@Override
	public String section() {
		return "zugang";
	}

	@Override
	public Object export(Person person) {
		if (person.userId() == null) {
			return Map.of();
		}
		return systemCalls.run(() -> {
			User user = identityService.createUserQuery().userId(person.userId()).singleResult();
			if (user == null) {
				return Map.of();
			}
			List<String> groups = identityService.createGroupQuery().groupMember(person.userId()).list().stream().map(g -> g.getId()).toList();
			return Map.of("login", user.getId(), "vorname", nullToEmpty(user.getFirstName()), "nachname", nullToEmpty(user.getLastName()),
					"email", nullToEmpty(user.getEmail()), "gruppen", groups);
		});
	}

	/**
	 * Deletes the login with its memberships and authorizations. The person in the engine's variables and
	 * history is replaced afterwards by the platform's engine erasure, which runs last.
	 */
	@Override
	public void erase(Person person) {
		if (person.userId() == null) {
			return;
		}
		systemCalls.run(() -> {
			for (Authorization authorization : authorizationService.createAuthorizationQuery().userIdIn(person.userId()).list()) {
				authorizationService.deleteAuthorization(authorization.getId());
			}
			identityService.deleteUser(person.userId());
		});
		notifications.getObject().forget(person.userId());
		feeds.getObject().forget(person.userId());
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
