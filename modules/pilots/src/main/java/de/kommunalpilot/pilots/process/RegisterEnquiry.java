package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;

/**
 * When a coordinator starts a pilot with the start form in Tasklist, creates the pilot for the enquiry
 * and makes its reference the business key. Processes started by the domain carry the reference already.
 */
@Component("registerEnquiry")
class RegisterEnquiry implements ExecutionListener {

	private final Pilots pilots;
	private final CurrentUser currentUser;

	RegisterEnquiry(Pilots pilots, CurrentUser currentUser) {
		this.pilots = pilots;
		this.currentUser = currentUser;
	}

	@Override
	public void notify(DelegateExecution execution) {
		if (execution.getProcessBusinessKey() != null) {
			return;
		}
		Pilot pilot = pilots.registerEnquiry(new Pilots.Enquiry(text(execution, "ags"), text(execution, MUNICIPALITY),
				text(execution, TITLE), text(execution, "enquiry"), text(execution, "contactName"),
				text(execution, "contactEmail")), currentUser.id());
		execution.setProcessBusinessKey(pilot.reference());
		execution.setVariable(PILOT_ID, pilot.id().toString());
		execution.setVariable(REFERENCE, pilot.reference());
		execution.setVariable(MUNICIPALITY, pilot.municipalityName());
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null ? null : value.toString();
	}
}
