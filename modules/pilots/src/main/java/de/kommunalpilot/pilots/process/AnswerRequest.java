package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;
import de.kommunalpilot.practices.Practices;

/**
 * „Anfrage annehmen oder ablehnen“ (the asked expert): shows what they decide on — the municipality, the
 * chosen practice with its summary, the needs, SDGs, timeframe and consultation days — and takes the answer.
 */
@Component
class AnswerRequest extends AssignmentTask {

	static final String PRACTICE = "practiceLabel";
	static final String PRACTICE_SUMMARY = "practiceSummary";
	static final String SDGS = "sdgsLabel";
	static final String TIMEFRAME = "timeframe";

	private final Practices practices;

	AnswerRequest(Pilots pilots, Practices practices) {
		super(pilots);
		this.practices = practices;
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(TITLE, PRACTICE, PRACTICE_SUMMARY, NEEDS, SDGS, TIMEFRAME, CONSULTATION_DAYS)).accepts(
				FormField.choice(REQUEST_ANSWER, "Annehmen oder Ablehnen", "accept", "decline").mandatory(),
				FormField.textarea("requestDeclineReason", "einen Grund", Pilot.COMMENT_MAX).when(REQUEST_ANSWER, "decline"));
	}

	@Override
	public Map<String, Object> context(TaskContext task) {
		return pilots.read(task.caseReference(), pilot -> {
			Map<String, Object> context = new LinkedHashMap<>();
			context.put(TITLE, pilot.title());
			context.put(NEEDS, orDash(pilot.needs()));
			context.put(SDGS, pilot.sdgs().isEmpty() ? "–"
					: pilot.sdgs().stream().sorted().map(n -> Sdg.of(n).label()).collect(Collectors.joining("; ")));
			context.put(TIMEFRAME, pilot.plannedStart() == null ? "–" : GermanDates.period(pilot.plannedStart(), pilot.plannedEnd()));
			context.put(CONSULTATION_DAYS, pilot.consultationDays() == null ? "–" : pilot.consultationDays().toString());
			String code = pilot.chosenPractices().stream().findFirst().orElse(null);
			var practice = code == null ? java.util.Optional.<de.kommunalpilot.practices.Practice>empty() : practices.findByCode(code);
			context.put(PRACTICE, practice.map(p -> p.code() + " – " + p.title()).orElse(code == null ? "–" : code));
			context.put(PRACTICE_SUMMARY, practice.map(p -> orDash(p.summary())).orElse("–"));
			return context;
		});
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		pilots.answerRequest(pilot(task), "accept".equals(input.text(REQUEST_ANSWER)), input.text("requestDeclineReason"));
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "–" : text;
	}
}
