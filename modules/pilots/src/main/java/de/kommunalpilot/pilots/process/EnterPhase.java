package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Pilots;

/**
 * Moves the pilot into the phase the activity declares with its input parameter {@code phase}.
 */
@Component("enterPhase")
class EnterPhase implements ExecutionListener {

	private final Pilots pilots;
	private final CurrentUser currentUser;

	EnterPhase(Pilots pilots, CurrentUser currentUser) {
		this.pilots = pilots;
		this.currentUser = currentUser;
	}

	@Override
	public void notify(DelegateExecution execution) {
		PilotPhase phase = PilotPhase.valueOf((String) execution.getVariableLocal(PHASE));
		pilots.enterPhase(PilotId.of((String) execution.getVariable(PILOT_ID)), phase, currentUser.id());
	}
}
