package de.kommunalpilot.meetings;

/** Who takes part in an exchange meeting. */
public enum ParticipantRole {

	EXPERT("Migrantische Expert*in"),
	MUNICIPALITY("Kommune"),
	ACTOR("Entwicklungspolitischer Akteur"),
	OTHER("Sonstige");

	private final String label;

	ParticipantRole(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
