package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Consultation;
import de.kommunalpilot.pilots.Milestone;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.pilots.Problem;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/**
 * „Meilenstein umsetzen“ (the expert): the result, the consultation with its hours, and optionally a
 * problem, which raises „Problem klären“. The milestone is the one the server wrote to the task.
 */
@Component
class ImplementMilestone extends PilotTask {

	private static final String RESULT = "milestoneResult";
	private static final String DATE = "consultationDate";
	private static final String HOURS = "consultationHours";
	private static final String TOPIC = "consultationTopic";
	private static final String REPORT = "reportProblem";

	ImplementMilestone(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(MILESTONE_TITLE, MILESTONE_DUE)).accepts(
				FormField.textarea(RESULT, "das Ergebnis", Milestone.RESULT_MAX).mandatory(),
				FormField.date(DATE, "das Datum der Beratung").mandatory(),
				FormField.number(HOURS, "die Beratungsstunden", Consultation.MIN_HOURS, Consultation.MAX_HOURS).mandatory(),
				FormField.text(TOPIC, "das Thema", Consultation.TOPIC_MAX),
				FormField.checkbox(REPORT, "ein Problem"),
				FormField.textarea(PROBLEM_DESCRIPTION, "das Problem", Problem.TEXT_MAX).mandatory().when(REPORT, "true"));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		PilotId pilot = pilot(task);
		UUID milestone = UUID.fromString(FormValues.text(task.variable(MILESTONE_ID)));
		try {
			pilots.completeMilestone(pilot, milestone, input.text(RESULT),
					new Consultation.Entry(input.date(DATE), input.number(HOURS), input.text(TOPIC)), task.userId());
		}
		catch (InvalidInputException problem) {
			throw new InvalidInputException(renamed(problem.errors()));
		}
		if (input.isTrue(REPORT)) {
			UUID problem = pilots.recordProblem(pilot, input.text(PROBLEM_DESCRIPTION), task.userId());
			task.correlate(MESSAGE_PROBLEM, Map.of(PROBLEM_ID, problem.toString()));
		}
		// the next milestone's form starts empty
		for (String name : List.of(RESULT, DATE, HOURS, TOPIC, REPORT, PROBLEM_DESCRIPTION)) {
			task.removeVariable(name);
		}
	}

	/** The consultation's rules name {@code heldOn}, {@code hours}, {@code topic}; the form its own fields. */
	private static Map<String, String> renamed(Map<String, String> errors) {
		Map<String, String> renamed = new java.util.HashMap<>();
		Map<String, String> names = Map.of("heldOn", DATE, "hours", HOURS, "topic", TOPIC, "description", PROBLEM_DESCRIPTION);
		errors.forEach((field, message) -> renamed.put(names.getOrDefault(field, field), message));
		return renamed;
	}
}
