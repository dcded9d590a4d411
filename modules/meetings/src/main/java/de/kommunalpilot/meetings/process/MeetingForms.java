package de.kommunalpilot.meetings.process;

import static de.kommunalpilot.platform.FormFields.date;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.meetings.ParticipantRole;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.InvalidInputException.Collector;
import de.kommunalpilot.platform.TaskFormValidator;
import de.kommunalpilot.platform.TaskForms;
import de.kommunalpilot.practices.Practices;

/**
 * The forms of {@code exchange-meeting}: their rules (checked before a Tasklist submission reaches the
 * engine and again on completion) and what each completed task writes to the meeting.
 */
@Component("meetingTaskCompleted")
class MeetingForms implements TaskListener, TaskFormValidator {

	private final TaskForms forms;
	private final Meetings meetings;
	private final Practices practices;

	MeetingForms(@Lazy TaskForms forms, Meetings meetings, Practices practices) {
		this.forms = forms;
		this.meetings = meetings;
		this.practices = practices;
	}

	@Override
	public boolean supports(String processDefinitionKey) {
		return EngineMeetingWorkflow.PROCESS.equals(processDefinitionKey);
	}

	@Override
	public void validate(String task, Map<String, Object> v, Collector violations) {
		switch (task) {
			case "Task_PlanMeeting" -> {
				inviteeLineErrors(v.get("inviteeLines")).forEach(error -> violations.reject("inviteeLines", error));
				violations.check(time(v.get("startTime")) != null, "startTime", "Bitte die Uhrzeit als HH:MM angeben.");
				violations.check(time(v.get("endTime")) != null, "endTime", "Bitte die Uhrzeit als HH:MM angeben.");
				Meetings.check(plan(v), violations);
			}
			case "Task_RecordMeeting" -> {
				FormFields.requiredText(violations, "minutes", v.get("minutes"), 20000, "das Protokoll");
				List<String> offered = options(v.get("registrationOptions"));
				violations.check(strings(v.get("attendees")).stream().allMatch(offered::contains), "attendees",
						"Bitte nur angemeldete Teilnehmende als anwesend markieren.");
				List<Map<String, Object>> findings = newFindings(v);
				boolean slots = v.get("newFindings") == null;
				for (int i = 0; i < findings.size(); i++) {
					FormFields.requiredText(violations, slots ? FormValues.slot("finding", i + 1, "title") : "newFindings[" + i + "].title",
							findings.get(i).get("title"), 200, "die Erkenntnis");
					FormFields.requiredText(violations,
							slots ? FormValues.slot("finding", i + 1, "description") : "newFindings[" + i + "].description",
							findings.get(i).get("description"), 4000, "eine Beschreibung");
				}
			}
			case "Task_AdoptFindings" -> {
				List<Map<String, Object>> findings = adoptions(v);
				for (int i = 0; i < findings.size(); i++) {
					Object action = findings.get(i).get("action");
					FormFields.oneOf(violations, FormValues.slot("finding", i + 1, "action"), action, List.of("new", "update", "none"),
							"Bitte wählen, wie die Erkenntnis übernommen wird.");
					String code = FormValues.text(findings.get(i).get("practiceCode"));
					violations.check(!"update".equals(action) || (code != null && practices.findByCode(code).isPresent()),
							FormValues.slot("finding", i + 1, "practiceCode"), "Diese Best Practice gibt es nicht.");
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void notify(DelegateTask task) {
		forms.validate(EngineMeetingWorkflow.PROCESS, task.getTaskDefinitionKey(), task.getVariables());
		UUID meeting = UUID.fromString((String) task.getVariable("meetingId"));
		switch (task.getTaskDefinitionKey()) {
			case "Task_PlanMeeting" -> {
				Meetings.Plan plan = plan(task.getVariables());
				meetings.plan(meeting, plan);
				java.time.Instant startsAt = meetings.read(meeting, m -> m.startsAt());
				task.setVariable("meetingTitle", plan.title());
				task.setVariable("startsAt", Date.from(startsAt));
				task.setVariable("remindAt", Date.from(startsAt.minus(java.time.Duration.ofDays(3))));
			}
			case "Task_RecordMeeting" -> {
				List<Meetings.NewFinding> findings = newFindings(task.getVariables()).stream()
						.map(f -> new Meetings.NewFinding(FormValues.text(f.get("title")), FormValues.text(f.get("description")))).toList();
				meetings.record(meeting, FormValues.text(task.getVariable("minutes")),
						strings(task.getVariable("attendees")).stream().map(UUID::fromString).toList(), findings);
				List<de.kommunalpilot.meetings.Finding> recorded = meetings.read(meeting, m -> m.findings());
				task.setVariable("findingCount", recorded.size());
				for (int n = 1; n <= recorded.size(); n++) {
					de.kommunalpilot.meetings.Finding finding = recorded.get(n - 1);
					task.setVariable(FormValues.slot("finding", n, "id"), finding.id().toString());
					task.setVariable(FormValues.slot("finding", n, "title"), finding.title());
					task.setVariable(FormValues.slot("finding", n, "description"), finding.description());
					task.setVariable(FormValues.slot("finding", n, "action"), "new");
					task.setVariable(FormValues.slot("finding", n, "practiceCode"), "");
				}
				task.setVariable("practiceCatalogue", practices.all().stream().map(p -> p.code() + " – " + p.title())
						.collect(Collectors.joining("\n")));
			}
			case "Task_AdoptFindings" -> meetings.adopt(meeting, adoptions(task.getVariables()).stream()
					.map(f -> new Meetings.Adoption(UUID.fromString(FormValues.text(f.get("id"))), FormValues.text(f.get("action")),
							FormValues.text(f.get("practiceCode"))))
					.toList());
			default -> throw new IllegalStateException("No handler for " + task.getTaskDefinitionKey());
		}
	}

	static Meetings.Plan plan(Map<String, Object> v) {
		BigDecimal capacity = FormFields.number(v.get("capacity"));
		return new Meetings.Plan(FormValues.text(v.get("title")), FormValues.text(v.get("topic")), FormValues.text(v.get("agenda")),
				date(v.get("date")), time(v.get("startTime")), time(v.get("endTime")), FormValues.text(v.get("place")),
				FormValues.text(v.get("onlineLink")), capacity == null ? null : capacity.intValue(), FormValues.isTrue(v.get("inviteExperts")),
				FormValues.isTrue(v.get("inviteMunicipalities")),
				v.get("invitees") != null ? invitees(v.get("invitees")) : inviteeLines(v.get("inviteeLines")));
	}

	/** Findings from the form's numbered fields (up to 6) or a list sent by an API client. */
	static List<Map<String, Object>> newFindings(Map<String, Object> v) {
		return FormValues.rows(v, "newFindings", "finding", List.of("title", "description"), SLOTS);
	}

	/** What the coordination decided per recorded finding (numbered fields set when the meeting was recorded). */
	static List<Map<String, Object>> adoptions(Map<String, Object> v) {
		Object count = v.get("findingCount");
		int findings = count instanceof Number number ? number.intValue() : 0;
		return FormValues.rows(v, "adoptions", "finding", List.of("id", "action", "practiceCode"), findings);
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
		List<Object> list = FormValues.list(value);
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
