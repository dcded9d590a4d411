package de.kommunalpilot.pilots;

import java.util.Arrays;
import java.util.List;

/**
 * The phases a pilot passes; the process moves it from one to the next.
 */
public enum PilotPhase {

	ENQUIRY("Anfrage"),
	INTAKE("Erstgespräch"),
	PRACTICE_SELECTION("Auswahl der Best Practice"),
	EXPERT_ASSIGNMENT("Gewinnung Expert*in"),
	KICK_OFF("Auftakt"),
	PLANNING("Umsetzungsplanung"),
	IMPLEMENTATION("Umsetzung"),
	DOCUMENTATION("Dokumentation"),
	FEEDBACK("Rückmeldung der Kommune"),
	CLOSURE("Abschlussfreigabe"),
	COMPLETED("abgeschlossen"),
	DECLINED("abgelehnt"),
	CANCELLED("abgebrochen");

	private final String label;

	PilotPhase(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isClosed() {
		return this == COMPLETED || this == DECLINED || this == CANCELLED;
	}

	/** The phases of a pilot that runs its full course, in order. */
	public static List<PilotPhase> course() {
		return Arrays.stream(values()).filter(phase -> phase != DECLINED && phase != CANCELLED).toList();
	}
}
