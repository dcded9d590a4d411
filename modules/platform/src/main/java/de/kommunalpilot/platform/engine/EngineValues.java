package de.kommunalpilot.platform.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kommunalpilot.platform.FormValues;

/**
 * Between the engine's variable values and plain Java: JSON variables (checklists, option lists) become
 * lists and maps; lists and maps become JSON variables, which Tasklist reads back with their type.
 */
public final class EngineValues {

	private static final ObjectMapper JSON = new ObjectMapper();

	private EngineValues() {
	}

	public static Object plain(Object value) {
		if (value instanceof SpinJsonNode node) {
			return FormValues.parse(node.toString());
		}
		if (value instanceof JsonValue json) {
			return json.getValue() == null ? null : FormValues.parse(json.getValue().toString());
		}
		return value;
	}

	public static Map<String, Object> plain(Map<String, Object> variables) {
		Map<String, Object> plain = new HashMap<>();
		variables.forEach((name, value) -> plain.put(name, plain(value)));
		return plain;
	}

	/** A list or map as a JSON variable; other values as they are. */
	public static Object engine(Object value) {
		if (value instanceof List<?> || value instanceof Map<?, ?>) {
			return json(value);
		}
		return value;
	}

	public static JsonValue json(Object value) {
		try {
			return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException(e);
		}
	}
}
