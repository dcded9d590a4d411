package de.kommunalpilot.platform;

import java.util.Locale;

/**
 * The password rules, one home for every path that sets a password (the consent link, the engine's REST
 * API and Camunda Admin): at least {@link #MIN_LENGTH} characters, at most 200, and not the user id.
 */
public final class Passwords {

	public static final int MIN_LENGTH = 12;
	public static final int MAX_LENGTH = 200;

	private Passwords() {
	}

	/** A violation names {@code field}. */
	public static void check(String userId, String password, String field, InvalidInputException.Collector violations) {
		violations.check(password != null && password.length() >= MIN_LENGTH && password.length() <= MAX_LENGTH, field,
				"Das Passwort braucht mindestens " + MIN_LENGTH + " Zeichen.");
		violations.check(password == null || userId == null || !password.toLowerCase(Locale.ROOT).contains(userId.toLowerCase(Locale.ROOT)),
				field, "Das Passwort darf den Benutzernamen nicht enthalten.");
	}
}
