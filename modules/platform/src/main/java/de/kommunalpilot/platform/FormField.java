package de.kommunalpilot.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One field a user task accepts: its name (the form's key), type and limits. The server validates a
 * submission against exactly this, and a test compares it with the deployed Camunda Form, so form and
 * server cannot drift. Limits refer to the constants of the aggregate that owns the rule.
 *
 * @param name the form key and variable name
 * @param type what the value is
 * @param what how the German messages name the field ("den Bedarf")
 * @param required whether it must have a value (when {@link #when} holds)
 * @param maxLength the longest text, for text fields
 * @param min the smallest number (numbers) or the fewest entries (checklists)
 * @param max the largest number
 * @param options the allowed values of a choice or checklist with fixed options
 * @param optionsVariable the variable that holds the offered options ({@code [{label, value}]}), for options the
 *     server sets per task
 * @param when the field counts only if another field has a given value ({@code null}: always)
 */
public record FormField(String name, Type type, String what, boolean required, Integer maxLength, BigDecimal min, BigDecimal max,
		List<String> options, String optionsVariable, Condition when) {

	/** What a field holds, and which Camunda Form component types show it. */
	public enum Type {
		TEXT("textfield"), TEXTAREA("textarea"), NUMBER("number"), DATE("datetime"), CHOICE("radio", "select"),
		CHECKLIST("checklist"), CHECKBOX("checkbox");

		private final List<String> components;

		Type(String... components) {
			this.components = List.of(components);
		}

		/** The Camunda Form component types that render this type. */
		public List<String> components() {
			return components;
		}
	}

	/** The field counts when {@code field} has {@code value}, or — with {@code value} {@code null} — has any value. */
	public record Condition(String field, String value) {

		boolean holds(Map<String, Object> values) {
			return value == null ? !isEmpty(values.get(field)) : Objects.equals(value, FormValues.text(values.get(field)));
		}
	}

	public FormField {
		options = options == null ? List.of() : List.copyOf(options);
	}

	public static FormField text(String name, String what, int maxLength) {
		return new FormField(name, Type.TEXT, what, false, maxLength, null, null, null, null, null);
	}

	public static FormField textarea(String name, String what, int maxLength) {
		return new FormField(name, Type.TEXTAREA, what, false, maxLength, null, null, null, null, null);
	}

	public static FormField number(String name, String what, BigDecimal min, BigDecimal max) {
		return new FormField(name, Type.NUMBER, what, false, null, min, max, null, null, null);
	}

	public static FormField number(String name, String what, long min, long max) {
		return number(name, what, BigDecimal.valueOf(min), BigDecimal.valueOf(max));
	}

	public static FormField date(String name, String what) {
		return new FormField(name, Type.DATE, what, false, null, null, null, null, null, null);
	}

	public static FormField choice(String name, String what, String... options) {
		return new FormField(name, Type.CHOICE, what, false, null, null, null, List.of(options), null, null);
	}

	/** A choice among the options the server offered in a variable of the task. */
	public static FormField offered(String name, String what, String optionsVariable) {
		return new FormField(name, Type.CHOICE, what, false, null, null, null, null, optionsVariable, null);
	}

	public static FormField checklist(String name, String what, List<String> options) {
		return new FormField(name, Type.CHECKLIST, what, false, null, null, null, options, null, null);
	}

	public static FormField offeredChecklist(String name, String what, String optionsVariable) {
		return new FormField(name, Type.CHECKLIST, what, false, null, null, null, null, optionsVariable, null);
	}

	public static FormField checkbox(String name, String what) {
		return new FormField(name, Type.CHECKBOX, what, false, null, null, null, null, null, null);
	}

	public FormField mandatory() {
		return new FormField(name, type, what, true, maxLength, min, max, options, optionsVariable, when);
	}

	/** Counts (and is required, if so declared) only when {@code field} has {@code value}. */
	public FormField when(String field, String value) {
		return new FormField(name, type, what, required, maxLength, min, max, options, optionsVariable, new Condition(field, value));
	}

	/** Counts (and is required, if so declared) only when {@code field} has a value (a row of numbered fields). */
	public FormField whenFilled(String field) {
		return new FormField(name, type, what, required, maxLength, min, max, options, optionsVariable, new Condition(field, null));
	}

	/** At least {@code count} entries (checklists). */
	public FormField atLeast(int count) {
		return new FormField(name, type, what, required, maxLength, BigDecimal.valueOf(count), max, options, optionsVariable, when);
	}

	/** Whether the field counts for these values (its condition holds). */
	public boolean applies(Map<String, Object> values) {
		return when == null || when.holds(values);
	}

	/**
	 * Checks the field's value.
	 *
	 * @param values all submitted values (for the condition)
	 * @param offered the options a variable holds, for {@link #optionsVariable}
	 */
	public void validate(Map<String, Object> values, Function<String, List<String>> offered, InvalidInputException.Collector violations) {
		if (!applies(values)) {
			return;
		}
		Object value = values.get(name);
		if (isEmpty(value)) {
			if (required) {
				violations.reject(name, switch (type) {
					case CHOICE, CHECKLIST -> "Bitte " + what + " auswählen.";
					case DATE -> "Bitte " + what + " als Datum angeben.";
					default -> "Bitte " + what + " angeben.";
				});
			}
			return;
		}
		switch (type) {
			case TEXT, TEXTAREA -> {
				if (!(value instanceof String text)) {
					violations.reject(name, "Text erwartet.");
				}
				else if (maxLength != null && text.length() > maxLength) {
					violations.reject(name, "Höchstens " + maxLength + " Zeichen.");
				}
				else if (FormFields.hasControlCharacters(text)) {
					violations.reject(name, FormFields.CONTROL_CHARACTERS);
				}
			}
			case NUMBER -> {
				BigDecimal number = value instanceof Boolean ? null : FormFields.number(value);
				violations.check(number != null && (min == null || number.compareTo(min) >= 0) && (max == null || number.compareTo(max) <= 0),
						name, "Bitte " + what + " als Zahl" + range() + " angeben.");
			}
			case DATE -> violations.check(FormFields.date(value) != null, name, "Bitte " + what + " als Datum angeben.");
			case CHOICE -> violations.check(allowed(offered).contains(FormValues.text(value)), name,
					"Bitte " + what + " aus den angebotenen Möglichkeiten auswählen.");
			case CHECKLIST -> {
				List<Object> list = FormValues.list(value);
				List<String> allowed = allowed(offered);
				boolean valid = list != null && list.stream().allMatch(item -> item != null && allowed.contains(FormValues.text(item)));
				violations.check(valid, name, "Bitte " + what + " aus den angebotenen Möglichkeiten auswählen.");
				if (valid && min != null && list.size() < min.intValue()) {
					violations.reject(name, "Bitte mindestens " + min.intValue() + " auswählen.");
				}
			}
			case CHECKBOX -> violations.check(value instanceof Boolean || "true".equals(value) || "false".equals(value), name,
					"Ja oder nein erwartet.");
		}
	}

	private List<String> allowed(Function<String, List<String>> offered) {
		return optionsVariable == null ? options : offered.apply(optionsVariable);
	}

	private String range() {
		if (min != null && max != null) {
			return " von " + german(min) + " bis " + german(max);
		}
		return min != null ? " ab " + german(min) : max != null ? " bis " + german(max) : "";
	}

	private static String german(BigDecimal number) {
		return java.text.NumberFormat.getNumberInstance(java.util.Locale.GERMANY).format(number);
	}

	static boolean isEmpty(Object value) {
		return value == null || value instanceof String text && text.isBlank()
				|| value instanceof List<?> list && list.isEmpty();
	}

	/** Convenience for handlers: the value as date. */
	public static LocalDate asDate(Object value) {
		return FormFields.date(value);
	}
}
