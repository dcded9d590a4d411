package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.PILOT_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Pilots;

/**
 * The pilot reached "abgeschlossen".
 */
@Component("completePilot")
class CompletePilot implements ExecutionListener {

	private final Pilots pilots;
	private final CurrentUser currentUser;

	CompletePilot(Pilots pilots, CurrentUser currentUser) {
		this.pilots = pilots;
		this.currentUser = currentUser;
	}

	@Override
	public void notify(DelegateExecution execution) {
		pilots.enterPhase(PilotId.of((String) execution.getVariable(PILOT_ID)), PilotPhase.COMPLETED, currentUser.id());
	}
}
