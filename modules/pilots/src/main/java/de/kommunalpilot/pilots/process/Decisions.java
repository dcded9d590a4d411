package de.kommunalpilot.pilots.process;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.platform.FormField;

/** The approve-or-send-back pair of the review steps: a decision, and a reason when sent back. */
final class Decisions {

	static final String APPROVE = "approve";
	static final String REWORK = "rework";

	private Decisions() {
	}

	static FormField decision(String name) {
		return FormField.choice(name, "Freigeben oder Zurückgeben", APPROVE, REWORK).mandatory();
	}

	static FormField reason(String name, String decision) {
		return FormField.textarea(name, "eine Begründung", Pilot.COMMENT_MAX).mandatory().when(decision, REWORK);
	}
}
