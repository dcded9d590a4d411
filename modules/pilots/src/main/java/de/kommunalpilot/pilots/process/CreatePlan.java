package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Milestone;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/**
 * „Umsetzungsplan erstellen“ (the expert): milestones with due dates in numbered rows, as many as a plan
 * may have; the pilot checks the plan, its messages are shown at the rows.
 */
@Component
class CreatePlan extends PilotTask {

	private static final Pattern ROW = Pattern.compile("milestones\\[(\\d+)]\\.(\\w+)");

	CreatePlan(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		List<FormField> rows = new ArrayList<>();
		for (int n = 1; n <= Pilot.MAX_MILESTONES; n++) {
			FormField title = FormField.text(FormValues.slot("milestone", n, "title"), "einen Titel", Milestone.TITLE_MAX);
			FormField due = FormField.date(FormValues.slot("milestone", n, "dueDate"), "das Fälligkeitsdatum");
			rows.add(n == 1 ? title.mandatory() : title);
			rows.add(n == 1 ? due.mandatory() : due);
		}
		return TaskForm.shows(shows(PLAN_COMMENT)).accepts(rows);
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		List<Pilot.PlannedMilestone> plan = input.rows("milestone", List.of("title", "dueDate"), Pilot.MAX_MILESTONES).stream()
				.map(row -> new Pilot.PlannedMilestone(FormValues.text(row.get("title")), de.kommunalpilot.platform.FormFields.date(row.get("dueDate"))))
				.toList();
		try {
			pilots.plan(pilot(task), plan);
		}
		catch (InvalidInputException problem) {
			throw new InvalidInputException(rowFields(problem.errors()));
		}
		task.setVariable(PLAN_SUMMARY, plan.stream().map(m -> "• " + m.title() + " (fällig am " + GermanDates.format(m.dueDate()) + ")")
				.collect(Collectors.joining("\n")));
	}

	/** The pilot names {@code milestones[0].title}; the form calls it {@code milestone1Title}. */
	static Map<String, String> rowFields(Map<String, String> errors) {
		Map<String, String> renamed = new HashMap<>();
		errors.forEach((field, message) -> {
			Matcher row = ROW.matcher(field);
			renamed.put(row.matches() ? FormValues.slot("milestone", Integer.parseInt(row.group(1)) + 1, row.group(2))
					: "milestones".equals(field) ? "milestone1Title" : field, message);
		});
		return renamed;
	}
}
