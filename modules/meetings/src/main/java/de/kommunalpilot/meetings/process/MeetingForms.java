package de.kommunalpilot.meetings.process;

import static de.kommunalpilot.platform.FormFields.date;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;


import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.meetings.ParticipantRole;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.FormValues;

/**
 * Reading the forms of {@code exchange-meeting}: the plan, invitee lines, findings in numbered rows.
 */
final class MeetingForms {

	private MeetingForms() {
	}

	static Meetings.Plan plan(Map<String, Object> v) {
		BigDecimal capacity = FormFields.number(v.get("capacity"));
		return new Meetings.Plan(FormValues.text(v.get("title")), FormValues.text(v.get("topic")), FormValues.text(v.get("agenda")),
				date(v.get("date")), time(v.get("startTime")), time(v.get("endTime")), FormValues.text(v.get("place")),
				FormValues.text(v.get("onlineLink")), capacity == null ? null : capacity.intValue(), FormValues.isTrue(v.get("inviteExperts")),
				FormValues.isTrue(v.get("inviteMunicipalities")),
				inviteeLines(v.get("inviteeLines")));
	}

	/** Findings from the form's numbered fields (up to 6) or a list sent by an API client. */
	static List<Map<String, Object>> newFindings(Map<String, Object> v) {
		return FormValues.rows(v, "finding", List.of("title", "description"), SLOTS);
	}


	static final int SLOTS = 6;
	private static final java.util.regex.Pattern INVITEE = java.util.regex.Pattern.compile("^([^;]+);\\s*([^;\\s]+@[^;\\s]+\\.[^;\\s]+)\\s*(?:;(.*))?$");

	/** Further invitees as lines "Name; E-Mail; Organisation". */
	static List<Meetings.Invitee> inviteeLines(Object value) {
		String text = FormValues.text(value);
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Meetings.Invitee> invitees = new ArrayList<>();
		for (String line : text.split("\\R")) {
			java.util.regex.Matcher match = INVITEE.matcher(line.strip());
			if (match.matches()) {
				invitees.add(new Meetings.Invitee(match.group(1).strip(), match.group(2).strip(),
						match.group(3) == null ? null : match.group(3).strip(), ParticipantRole.ACTOR));
			}
		}
		return invitees;
	}

	static List<String> inviteeLineErrors(Object value) {
		String text = FormValues.text(value);
		List<String> errors = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return errors;
		}
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank() && !INVITEE.matcher(lines[i].strip()).matches()) {
				errors.add("Zeile " + (i + 1) + ": bitte „Name; E-Mail; Organisation“ angeben.");
			}
		}
		return errors;
	}

	/** The plan's further invitees as a list of maps for the process (read back by {@link #invitees(Object)}). */
	static List<Map<String, String>> inviteeMaps(List<Meetings.Invitee> invitees) {
		return invitees.stream().map(i -> {
			Map<String, String> map = new java.util.HashMap<>();
			map.put("name", i.name());
			map.put("email", i.email());
			map.put("organisation", i.organisation());
			map.put("role", i.role().name());
			return map;
		}).toList();
	}

	static List<Meetings.Invitee> invitees(Object value) {
		return maps(value).stream().map(i -> new Meetings.Invitee(FormValues.text(i.get("name")), FormValues.text(i.get("email")),
				FormValues.text(i.get("organisation")), role(FormValues.text(i.get("role"))))).toList();
	}

	private static ParticipantRole role(String name) {
		for (ParticipantRole role : ParticipantRole.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return ParticipantRole.ACTOR;
	}

	static LocalTime time(Object value) {
		String text = FormValues.text(value);
		if (text == null || !text.matches("\\d{2}:\\d{2}")) {
			return null;
		}
		try {
			return LocalTime.parse(text);
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	static List<Map<String, Object>> maps(Object value) {
		List<Object> list = FormValues.list(de.kommunalpilot.platform.engine.EngineValues.plain(value));
		List<Map<String, Object>> maps = new ArrayList<>();
		if (list != null) {
			list.forEach(item -> maps.add(FormValues.map(item)));
		}
		return maps;
	}

	static List<String> strings(Object value) {
		List<Object> list = FormValues.list(value);
		return list == null ? List.of() : list.stream().filter(Objects::nonNull).map(Object::toString).toList();
	}

	static List<String> options(Object value) {
		return maps(value).stream().map(option -> FormValues.text(option.get("value"))).toList();
	}
}
