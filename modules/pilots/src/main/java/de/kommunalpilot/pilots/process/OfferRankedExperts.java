package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;

/**
 * Offers the ranked experts, with the reasons for each place, as the options of "Expert*in auswählen";
 * experts who were asked before are no longer among them.
 */
@Component("offerRankedExperts")
class OfferRankedExperts implements TaskListener {

	private final Pilots pilots;

	OfferRankedExperts(Pilots pilots) {
		this.pilots = pilots;
	}

	@Override
	public void notify(DelegateTask task) {
		List<Map<String, String>> options = pilots.rankExperts(PilotId.of((String) task.getVariable(PILOT_ID))).stream()
				.map(ranked -> Map.of("label", ranked.label(), "value", ranked.expertId().toString())).toList();
		task.setVariableLocal(EXPERT_OPTIONS, Variables.objectValue(options)
				.serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
	}
}
