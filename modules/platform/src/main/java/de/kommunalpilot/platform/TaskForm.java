package de.kommunalpilot.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What a user task's form shows (read-only context) and what it accepts (the fields a completion may
 * carry). A completion with anything else is refused, naming the field.
 *
 * @param shows the read-only fields: variables the server writes; a value sent back for one is dropped
 * @param accepts the fields a person fills in
 */
public record TaskForm(List<String> shows, List<FormField> accepts) {

	public TaskForm {
		shows = List.copyOf(shows);
		accepts = List.copyOf(accepts);
	}

	public static Builder shows(String... names) {
		return new Builder(Arrays.asList(names));
	}

	/** A form that shows nothing and accepts these fields (start forms). */
	public static TaskForm accepting(FormField... fields) {
		return new TaskForm(List.of(), List.of(fields));
	}

	public Set<String> acceptedNames() {
		Set<String> names = new LinkedHashSet<>();
		accepts.forEach(field -> names.add(field.name()));
		return names;
	}

	public Optional<FormField> field(String name) {
		return accepts.stream().filter(field -> field.name().equals(name)).findFirst();
	}

	/** The submitted names that the form neither accepts nor shows. */
	public List<String> undeclared(Set<String> submitted) {
		Set<String> accepted = acceptedNames();
		return submitted.stream().filter(name -> !accepted.contains(name) && !shows.contains(name)).sorted().toList();
	}

	/** Refuses undeclared names (400 naming each) and returns the accepted values only. */
	public Map<String, Object> accept(Map<String, Object> submitted) {
		List<String> undeclared = undeclared(submitted.keySet());
		if (!undeclared.isEmpty()) {
			InvalidInputException.Collector violations = new InvalidInputException.Collector();
			undeclared.forEach(name -> violations.reject(name, "Das Feld „" + name + "“ gehört nicht zu diesem Formular."));
			violations.throwIfAny();
		}
		Map<String, Object> accepted = new java.util.HashMap<>();
		submitted.forEach((name, value) -> {
			if (acceptedNames().contains(name)) {
				accepted.put(name, value);
			}
		});
		return accepted;
	}

	/** Checks every accepted field; throws {@link InvalidInputException} with a German message per field. */
	public void validate(Map<String, Object> values, Function<String, List<String>> offered) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		accepts.forEach(field -> field.validate(values, offered, violations));
		violations.throwIfAny();
	}

	public static final class Builder {

		private final List<String> shows;

		private Builder(List<String> shows) {
			this.shows = new ArrayList<>(shows);
		}

		public TaskForm accepts(FormField... fields) {
			return new TaskForm(shows, List.of(fields));
		}

		public TaskForm accepts(List<FormField> fields) {
			return new TaskForm(shows, fields);
		}
	}
}
