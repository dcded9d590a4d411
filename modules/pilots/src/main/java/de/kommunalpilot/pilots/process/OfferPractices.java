package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.practices.Practice;
import de.kommunalpilot.practices.Practices;

/**
 * After the decision table proposed practices: records the proposal on the pilot and offers it as the
 * options of "Best Practice festlegen" (the whole published catalogue when the table found nothing).
 */
@Component("offerPractices")
class OfferPractices implements ExecutionListener {

	private final Pilots pilots;
	private final Practices practices;

	OfferPractices(Pilots pilots, Practices practices) {
		this.pilots = pilots;
		this.practices = practices;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Set<String> codes = new LinkedHashSet<>();
		List<Object> recommended = FormValues.list(execution.getVariable(RECOMMENDED));
		if (recommended != null) {
			recommended.forEach(code -> codes.add(code.toString()));
		}
		List<Practice> offered = codes.isEmpty() ? practices.all().stream().filter(Practice::published).toList()
				: practices.byCodes(codes);
		pilots.recommend(PilotId.of((String) execution.getVariable(PILOT_ID)), codes);
		List<Map<String, String>> options = offered.stream()
				.map(p -> Map.of("label", p.code() + " – " + p.title(), "value", p.code())).toList();
		execution.setVariable(PRACTICE_OPTIONS, Variables.objectValue(options)
				.serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
		execution.removeVariable(RECOMMENDED);
	}
}
