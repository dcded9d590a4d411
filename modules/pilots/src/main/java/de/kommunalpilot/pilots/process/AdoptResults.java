package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.PILOT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;

/**
 * Adds the pilot's results as evidence to the practices it realised.
 */
@Component("adoptResults")
class AdoptResults implements JavaDelegate {

	private final Pilots pilots;

	AdoptResults(Pilots pilots) {
		this.pilots = pilots;
	}

	@Override
	public void execute(DelegateExecution execution) {
		pilots.adoptResults(PilotId.of((String) execution.getVariable(PILOT_ID)));
	}
}
