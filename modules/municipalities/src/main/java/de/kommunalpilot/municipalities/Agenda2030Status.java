package de.kommunalpilot.municipalities;

/**
 * How far a municipality has come with Agenda 2030.
 */
public enum Agenda2030Status {

	NONE("Noch kein Engagement"),
	INTERESTED("Interesse bekundet"),
	RESOLUTION("Musterresolution unterzeichnet"),
	STRATEGY("Nachhaltigkeitsstrategie beschlossen");

	private final String label;

	Agenda2030Status(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
