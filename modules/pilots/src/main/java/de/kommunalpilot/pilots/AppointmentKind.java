package de.kommunalpilot.pilots;

import java.util.EnumSet;
import java.util.Set;

/** The talks of a pilot that get a date ahead (and so a calendar entry), with the phases in which it can be set. */
public enum AppointmentKind {

	FIRST_TALK("Erstgespräch", EnumSet.of(PilotPhase.INTAKE)),
	KICK_OFF("Auftaktgespräch", EnumSet.of(PilotPhase.INTAKE, PilotPhase.PRACTICE_SELECTION, PilotPhase.EXPERT_ASSIGNMENT, PilotPhase.KICK_OFF));

	private final String label;
	private final Set<PilotPhase> schedulable;

	AppointmentKind(String label, Set<PilotPhase> schedulable) {
		this.label = label;
		this.schedulable = schedulable;
	}

	public String label() {
		return label;
	}

	/** Whether its date can still be set or moved while the pilot is in {@code phase} (not once the talk is done). */
	public boolean schedulableIn(PilotPhase phase) {
		return schedulable.contains(phase);
	}
}
