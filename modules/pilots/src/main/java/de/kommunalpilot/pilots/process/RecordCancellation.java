package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;

/**
 * Records the cancellation with its reason; the interrupting event subprocess has already ended
 * whatever the pilot was doing.
 */
@Component("recordCancellation")
class RecordCancellation implements JavaDelegate {

	private final Pilots pilots;
	private final CurrentUser currentUser;

	RecordCancellation(Pilots pilots, CurrentUser currentUser) {
		this.pilots = pilots;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		pilots.recordCancellation(PilotId.of((String) execution.getVariable(PILOT_ID)),
				(String) execution.getVariable(CANCELLATION_REASON), currentUser.id());
	}
}
