package de.kommunalpilot.identity;

import de.kommunalpilot.platform.InvalidInputException;

/**
 * Logins in the one user store for people who join through the app, such as new experts: a free login id
 * from the name, the password rules, group membership. The module checked who may do this.
 */
public interface Accounts {

	int MIN_PASSWORD_LENGTH = de.kommunalpilot.platform.Passwords.MIN_LENGTH;

	/** A login id from the name that nobody has yet: lower-case letters and digits ("Ayşe Yılmaz" → "ayseyilmaz"). */
	String freeUserId(String name);

	boolean exists(String userId);

	void create(String userId, String firstName, String lastName, String email, String password);

	void addToGroup(String userId, String groupId);

	/** Checks the password rules; a violation names the field {@code password}. */
	static void checkPassword(String password, String confirmation, InvalidInputException.Collector violations) {
		de.kommunalpilot.platform.Passwords.check(null, password, "password", violations);
		violations.check(password != null && password.equals(confirmation), "passwordConfirmation",
				"Die beiden Passwörter stimmen nicht überein.");
	}
}
