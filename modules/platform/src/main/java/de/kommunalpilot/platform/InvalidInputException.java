package de.kommunalpilot.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input that breaks a rule, with a German message per field (answered with 400 and the fields).
 */
public class InvalidInputException extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidInputException(Map<String, String> errors) {
		super("Ungültige Eingaben: " + describe(errors));
		// in the order the fields were checked: the order of the form, for its error summary
		this.errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	public Map<String, String> errors() {
		return errors;
	}

	private static String describe(Map<String, String> errors) {
		StringBuilder text = new StringBuilder();
		errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(": ").append(message));
		return text.toString();
	}

	/** Collects violations field by field; {@link #throwIfAny()} ends the check. */
	public static final class Collector {

		private final Map<String, String> errors = new LinkedHashMap<>();

		public Collector reject(String field, String message) {
			errors.putIfAbsent(field, message);
			return this;
		}

		public Collector check(boolean valid, String field, String message) {
			return valid ? this : reject(field, message);
		}

		public boolean has(String field) {
			return errors.containsKey(field);
		}

		public boolean isEmpty() {
			return errors.isEmpty();
		}

		public Map<String, String> errors() {
			return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
		}

		public void throwIfAny() {
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
		}
	}
}
