package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.PILOT_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PublicPages;

/**
 * When "Rückmeldung der Kommune erfassen" comes up, the municipality's contact gets a single-use link
 * to give the feedback itself; the coordinators can still record it in Tasklist (then the link is spent).
 */
@Component("offerFeedbackLink")
class OfferFeedbackLink implements TaskListener {

	private final Pilots pilots;
	private final MailOutbox outbox;
	private final PublicPages publicPages;

	OfferFeedbackLink(Pilots pilots, MailOutbox outbox, PublicPages publicPages) {
		this.pilots = pilots;
		this.outbox = outbox;
		this.publicPages = publicPages;
	}

	@Override
	public void notify(DelegateTask task) {
		PilotId id = PilotId.of((String) task.getVariable(PILOT_ID));
		Pilot pilot = pilots.read(id, p -> p);
		if (pilot.contactEmail() == null) {
			return;
		}
		String link = publicPages.link(PublicPages.PATH + "/rueckmeldung/" + pilots.issueFeedbackToken(id));
		outbox.queue(pilot.contactEmail(), "Ihre Rückmeldung zum Pilotvorhaben " + pilot.reference(),
				MailOutbox.letter(pilot.contactName(), "das Pilotvorhaben „"
						+ pilot.title() + "“ ist dokumentiert. Wie zufrieden sind Sie mit der Beratung und dem Ergebnis? "
						+ "Ihre Rückmeldung hilft anderen Kommunen und uns.\n\nBitte nutzen Sie diesen persönlichen Link "
						+ "(einmal verwendbar, 60 Tage gültig):\n" + link + ""),
				"feedback-link", pilot.reference());
	}
}
