package de.kommunalpilot.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads values as forms submit them (strings, numbers, booleans, lists for checklists, JSON text).
 */
public final class FormValues {

	private static final ObjectMapper json = new ObjectMapper();

	private FormValues() {
	}

	public static Object parse(String text) {
		try {
			return json.readValue(text, Object.class);
		}
		catch (JsonProcessingException e) {
			return text;
		}
	}

	@SuppressWarnings("unchecked")
	public static List<Object> list(Object value) {
		Object plain = value instanceof String text && text.strip().startsWith("[") ? parse(text) : value;
		return plain instanceof List<?> list ? (List<Object>) list : null;
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> map(Object value) {
		return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
	}

	public static String text(Object value) {
		return value == null ? null : value.toString().strip();
	}

	public static boolean isTrue(Object value) {
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	/**
	 * Rows of a repeated group from the numbered fields of a Camunda Form ({@code milestone1Title},
	 * {@code milestone1DueDate}, …), which Tasklist handles better than dynamic lists: a row counts when
	 * any of its fields has a value.
	 *
	 * @param fields the row's keys, e.g. {@code title}, {@code dueDate}; the numbered field capitalises them
	 */
	public static List<Map<String, Object>> rows(Map<String, Object> variables, String slotPrefix, List<String> fields, int slots) {
		List<Map<String, Object>> rows = new java.util.ArrayList<>();
		for (int n = 1; n <= slots; n++) {
			Map<String, Object> row = new HashMap<>();
			boolean filled = false;
			for (String field : fields) {
				Object value = variables.get(slot(slotPrefix, n, field));
				row.put(field, value);
				filled |= value != null && !value.toString().isBlank();
			}
			if (filled) {
				rows.add(row);
			}
		}
		return rows;
	}

	/** The name of a numbered field: ("milestone", 2, "dueDate") → {@code milestone2DueDate}. */
	public static String slot(String prefix, int number, String field) {
		return prefix + number + Character.toUpperCase(field.charAt(0)) + field.substring(1);
	}
}
