package de.kommunalpilot.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The accepted values of a completed task, already validated against the task's {@link TaskForm}, as
 * plain Java values. Nothing undeclared is in here.
 */
public record TaskInput(Map<String, Object> values) {

	public TaskInput {
		values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
	}

	public Object get(String name) {
		return values.get(name);
	}

	/** Text, stripped; {@code null} when empty. */
	public String text(String name) {
		String text = FormValues.text(values.get(name));
		return text == null || text.isEmpty() ? null : text;
	}

	public LocalDate date(String name) {
		return FormFields.date(values.get(name));
	}

	public BigDecimal number(String name) {
		return FormFields.number(values.get(name));
	}

	public Integer integer(String name) {
		BigDecimal number = number(name);
		return number == null ? null : number.intValueExact();
	}

	public boolean isTrue(String name) {
		return FormValues.isTrue(values.get(name));
	}

	public List<String> strings(String name) {
		List<Object> list = FormValues.list(values.get(name));
		return list == null ? List.of() : list.stream().filter(Objects::nonNull).map(FormValues::text).toList();
	}

	/** Rows of numbered fields ({@code milestone1Title}, {@code milestone1DueDate}, …) that have any value. */
	public List<Map<String, Object>> rows(String prefix, List<String> fields, int slots) {
		return FormValues.rows(values, prefix, fields, slots);
	}
}
