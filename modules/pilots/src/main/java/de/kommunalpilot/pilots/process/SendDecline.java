package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.MailOutbox;

/**
 * Declines the enquiry and tells the municipality why.
 */
@Component("sendDecline")
class SendDecline implements JavaDelegate {

	private final Pilots pilots;
	private final MailOutbox outbox;
	private final CurrentUser currentUser;

	SendDecline(Pilots pilots, MailOutbox outbox, CurrentUser currentUser) {
		this.pilots = pilots;
		this.outbox = outbox;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		PilotId id = PilotId.of((String) execution.getVariable(PILOT_ID));
		String reason = FormValues.text(execution.getVariable(DECLINE_REASON));
		pilots.decline(id, reason, currentUser.id());
		Pilot pilot = pilots.read(id, p -> p);
		if (pilot.contactEmail() != null) {
			outbox.queue(pilot.contactEmail(), "Ihre Anfrage „" + pilot.title() + "“ (" + pilot.reference() + ")",
					MailOutbox.letter(pilot.contactName(), ""
							+ "vielen Dank für Ihre Anfrage für ein Pilotvorhaben in " + pilot.municipalityName()
							+ ". Leider können wir sie nicht annehmen:\n\n" + reason + "\n\n"
							+ "Gerne beraten wir Sie zu anderen Möglichkeiten."),
					"enquiry-declined", pilot.reference());
		}
	}
}
