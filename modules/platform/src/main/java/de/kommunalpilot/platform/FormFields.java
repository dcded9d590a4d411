package de.kommunalpilot.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.regex.Pattern;

import de.kommunalpilot.platform.InvalidInputException.Collector;

/**
 * Field rules shared by the APIs, the public pages and the task forms of all modules, with German messages.
 */
public final class FormFields {

	public static final Pattern AGS = Pattern.compile("08[1-4]\\d{5}");
	public static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private FormFields() {
	}

	/**
	 * Control characters other than tab and line breaks (they break XML, PDFs and mails later) and the
	 * bidirectional overrides and isolates (they make a text read differently from what it says).
	 */
	public static boolean hasControlCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0 || c == '\uFFFE' || c == '\uFFFF'
					|| c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The text without what {@link #hasControlCharacters} refuses, for output that must not fail on texts
	 * stored before the check (XML for PDFs, mail headers and bodies). Line breaks and tabs stay unless
	 * {@code singleLine}, which turns them into spaces (a mail subject).
	 */
	public static String printable(String text, boolean singleLine) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean lineBreak = c == '\t' || c == '\n' || c == '\r';
			boolean refused = lineBreak ? singleLine : hasControlCharacters(String.valueOf(c)) || isLoneSurrogate(text, i);
			if (refused && out == null) {
				out = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (out != null) {
				if (!refused) {
					out.append(c);
				}
				else if (lineBreak) {
					out.append(' ');
				}
			}
		}
		return out == null ? text : out.toString();
	}

	private static boolean isLoneSurrogate(String text, int i) {
		char c = text.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
		}
		return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
	}

	/** The German message for a text with control characters. */
	public static final String CONTROL_CHARACTERS = "Der Text enthält unzulässige Steuerzeichen.";

	public static void requiredText(Collector violations, String field, Object value, int max, String what) {
		if (!(value instanceof String text) || text.isBlank()) {
			violations.reject(field, "Bitte " + what + " angeben.");
		}
		else if (text.length() > max) {
			violations.reject(field, "Höchstens " + max + " Zeichen.");
		}
	}

	public static void optionalText(Collector violations, String field, Object value, int max) {
		if (value != null && !(value instanceof String)) {
			violations.reject(field, "Text erwartet.");
		}
		else if (value instanceof String text && text.length() > max) {
			violations.reject(field, "Höchstens " + max + " Zeichen.");
		}
	}

	public static void oneOf(Collector violations, String field, Object value, Collection<String> allowed, String message) {
		violations.check(value instanceof String text && allowed.contains(text), field, message);
	}

	/** Dates from forms arrive as ISO strings (yyyy-MM-dd), possibly with a time part. */
	public static LocalDate date(Object value) {
		if (value instanceof LocalDate date) {
			return date;
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
			}
			catch (DateTimeParseException e) {
				return null;
			}
		}
		return null;
	}

	public static void requiredDate(Collector violations, String field, Object value, String what) {
		violations.check(date(value) != null, field, "Bitte " + what + " als Datum angeben.");
	}

	public static BigDecimal number(Object value) {
		if (value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return new BigDecimal(text.strip().replace(',', '.'));
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	public static void numberBetween(Collector violations, String field, Object value, BigDecimal min, BigDecimal max,
			boolean required, String message) {
		BigDecimal number = number(value);
		if (number == null) {
			violations.check(!required && (value == null || "".equals(value)), field, message);
			return;
		}
		violations.check(number.compareTo(min) >= 0 && number.compareTo(max) <= 0, field, message);
	}

	/** An optional (or required) e-mail address. */
	public static void email(Collector violations, String field, Object value, boolean required) {
		if (!(value instanceof String text) || text.isBlank()) {
			violations.check(!required, field, "Bitte eine E-Mail-Adresse angeben.");
			return;
		}
		violations.check(text.length() <= 320 && EMAIL.matcher(text.strip()).matches(), field, "Keine gültige E-Mail-Adresse.");
	}

	/** The official municipality key (AGS) of a municipality in Baden-Württemberg. */
	public static void ags(Collector violations, String field, Object value) {
		violations.check(value instanceof String text && AGS.matcher(text.strip()).matches(), field,
				"Der Amtliche Gemeindeschlüssel besteht aus acht Ziffern und beginnt in Baden-Württemberg mit 081 bis 084.");
	}

	/** A required reason (cancellation, decline) of at most 2000 characters, stripped; otherwise a 400 for {@code reason}. */
	public static String requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 2000) {
			throw new de.kommunalpilot.platform.InvalidInputException(
					java.util.Map.of("reason", "Bitte einen Grund angeben (höchstens 2000 Zeichen)."));
		}
		return reason.strip();
	}
}
