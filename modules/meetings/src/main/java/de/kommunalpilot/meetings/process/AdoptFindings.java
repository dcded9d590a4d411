package de.kommunalpilot.meetings.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;
import de.kommunalpilot.practices.Practices;

/**
 * „Erkenntnisse in Best Practices übernehmen“: per recorded finding a new practice draft, an addition to
 * an existing practice, or nothing. The findings are the ones the server wrote when the meeting was recorded.
 */
@Component
class AdoptFindings extends MeetingTask {

	private final Practices practices;

	AdoptFindings(Meetings meetings, Practices practices) {
		super(meetings);
		this.practices = practices;
	}

	@Override
	public TaskForm form() {
		List<String> shows = new ArrayList<>(List.of("meetingReference", "meetingTitle", "practiceCatalogue"));
		List<FormField> fields = new ArrayList<>();
		for (int n = 1; n <= MeetingForms.SLOTS; n++) {
			shows.add(FormValues.slot("finding", n, "title"));
			shows.add(FormValues.slot("finding", n, "description"));
			fields.add(FormField.choice(FormValues.slot("finding", n, "action"), "wie die Erkenntnis übernommen wird", "new", "update", "none")
					.mandatory().whenFilled(FormValues.slot("finding", n, "title")));
			fields.add(FormField.text(FormValues.slot("finding", n, "practiceCode"), "die Best Practice", 20)
					.when(FormValues.slot("finding", n, "action"), "update"));
		}
		return new TaskForm(shows, fields);
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		Object count = task.variable("findingCount");
		int findings = count instanceof Number number ? number.intValue() : 0;
		List<Meetings.Adoption> adoptions = new ArrayList<>();
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		for (int n = 1; n <= findings; n++) {
			String action = input.text(FormValues.slot("finding", n, "action"));
			String code = input.text(FormValues.slot("finding", n, "practiceCode"));
			violations.check(action != null, FormValues.slot("finding", n, "action"), "Bitte wählen, wie die Erkenntnis übernommen wird.");
			violations.check(!"update".equals(action) || code != null && practices.findByCode(code).isPresent(),
					FormValues.slot("finding", n, "practiceCode"), "Diese Best Practice gibt es nicht.");
			// the finding's id is the server's, written when the meeting was recorded
			adoptions.add(new Meetings.Adoption(UUID.fromString(FormValues.text(task.variable(FormValues.slot("finding", n, "id")))),
					action, code));
		}
		violations.throwIfAny();
		meetings.adopt(meeting(task), adoptions);
	}

}
