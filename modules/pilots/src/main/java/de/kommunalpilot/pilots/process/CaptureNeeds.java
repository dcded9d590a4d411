package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;
import de.kommunalpilot.platform.Topic;

/**
 * „Erstgespräch führen und Bedarf erfassen“: shows the enquiry and its contact, takes the needs; the
 * pilot checks them.
 */
@Component
class CaptureNeeds extends PilotTask {

	static final List<String> SDGS = IntStream.rangeClosed(1, 17).mapToObj(String::valueOf).toList();

	CaptureNeeds(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(TITLE, "enquiry", "contactName", "contactEmail")).accepts(
				FormField.textarea(NEEDS, "den Bedarf", Pilot.NEEDS_MAX).mandatory(),
				FormField.checklist("sdgs", "mindestens ein SDG", SDGS).mandatory().atLeast(1),
				FormField.choice("primarySdg", "das wichtigste SDG", SDGS.toArray(String[]::new)).mandatory(),
				FormField.choice("topic", "ein Schwerpunktthema", Arrays.stream(Topic.values()).map(Enum::name).toArray(String[]::new))
						.mandatory(),
				FormField.text("targetGroups", "die Zielgruppen", Pilot.SHORT_TEXT_MAX).mandatory(),
				FormField.date("plannedStart", "den Beginn").mandatory(),
				FormField.date("plannedEnd", "das Ende").mandatory(),
				FormField.number("budget", "das Budget", 0, Pilot.BUDGET_MAX),
				FormField.text("preferredLanguage", "die Sprache", Pilot.LANGUAGE_MAX));
	}

	@Override
	public Map<String, Object> context(TaskContext task) {
		return pilots.read(task.caseReference(), pilot -> Map.of(TITLE, pilot.title(), "enquiry", pilot.enquiry(),
				"contactName", pilot.contactName() == null ? "–" : pilot.contactName(),
				"contactEmail", pilot.contactEmail() == null ? "–" : pilot.contactEmail()));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		BigDecimal budget = input.number("budget");
		Integer primarySdg = input.integer("primarySdg");
		pilots.captureNeeds(pilot(task), new Pilot.Needs(input.text(NEEDS),
				input.strings("sdgs").stream().map(Integer::valueOf).collect(Collectors.toCollection(TreeSet::new)), primarySdg,
				Topic.valueOf(input.text("topic")), input.text("targetGroups"), input.date("plannedStart"), input.date("plannedEnd"),
				budget, input.text("preferredLanguage")));
		// the decision table reads typed values
		task.setVariable("primarySdg", primarySdg);
		task.setVariable("budget", budget == null ? null : budget.doubleValue());
	}
}
