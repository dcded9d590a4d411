package de.kommunalpilot.meetings;

/** Where an exchange meeting stands, with the German label users see. */
public enum MeetingStatus {

	PLANNING("In Planung"),
	INVITED("Eingeladen – Anmeldung offen"),
	HELD("Durchgeführt"),
	CLOSED("Abgeschlossen"),
	CANCELLED("Abgesagt");

	private final String label;

	MeetingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
