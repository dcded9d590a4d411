package de.kommunalpilot.meetings.process;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.kommunalpilot.meetings.Finding;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;
import de.kommunalpilot.practices.Practices;

/**
 * „Treffen durchführen und protokollieren“: minutes, who attended (among the confirmed registrations the
 * server offered), and findings in numbered rows; prepares „Erkenntnisse in Best Practices übernehmen“.
 */
@Component
class RecordMeeting extends MeetingTask {

	private final Practices practices;

	RecordMeeting(Meetings meetings, Practices practices) {
		super(meetings);
		this.practices = practices;
	}

	@Override
	public TaskForm form() {
		List<FormField> fields = new ArrayList<>(List.of(
				FormField.offeredChecklist("attendees", "die Anwesenden", "registrationOptions"),
				FormField.textarea("minutes", "das Protokoll", de.kommunalpilot.meetings.ExchangeMeeting.MINUTES_MAX).mandatory()));
		for (int n = 1; n <= MeetingForms.SLOTS; n++) {
			fields.add(FormField.text(FormValues.slot("finding", n, "title"), "die Erkenntnis", 200));
			fields.add(FormField.textarea(FormValues.slot("finding", n, "description"), "eine Beschreibung", 4000));
		}
		return TaskForm.shows("meetingReference", "meetingTitle").accepts(fields);
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		List<java.util.Map<String, Object>> rows = MeetingForms.newFindings(input.values());
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		for (int i = 0; i < rows.size(); i++) {
			violations.check(FormValues.text(rows.get(i).get("title")) != null && !FormValues.text(rows.get(i).get("title")).isEmpty(),
					FormValues.slot("finding", i + 1, "title"), "Bitte die Erkenntnis angeben.");
			violations.check(FormValues.text(rows.get(i).get("description")) != null
					&& !FormValues.text(rows.get(i).get("description")).isEmpty(), FormValues.slot("finding", i + 1, "description"),
					"Bitte eine Beschreibung angeben.");
		}
		violations.throwIfAny();
		UUID meeting = meeting(task);
		List<Meetings.NewFinding> findings = rows.stream()
				.map(f -> new Meetings.NewFinding(FormValues.text(f.get("title")), FormValues.text(f.get("description")))).toList();
		meetings.record(meeting, input.text("minutes"), input.strings("attendees").stream().map(UUID::fromString).toList(), findings);
		List<Finding> recorded = meetings.read(meeting, m -> m.findings());
		task.setVariable("findingCount", recorded.size());
		for (int n = 1; n <= recorded.size(); n++) {
			Finding finding = recorded.get(n - 1);
			task.setVariable(FormValues.slot("finding", n, "id"), finding.id().toString());
			task.setVariable(FormValues.slot("finding", n, "title"), finding.title());
			task.setVariable(FormValues.slot("finding", n, "description"), finding.description());
			task.setVariable(FormValues.slot("finding", n, "action"), "new");
			task.setVariable(FormValues.slot("finding", n, "practiceCode"), "");
		}
		task.setVariable("practiceCatalogue", practices.all().stream().map(p -> p.code() + " – " + p.title())
				.collect(Collectors.joining("\n")));
	}
}
