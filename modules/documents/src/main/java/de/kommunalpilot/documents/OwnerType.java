package de.kommunalpilot.documents;

/**
 * The kinds of case a document can belong to; the owner id is the case's reference.
 */
public enum OwnerType {

	PILOT("Pilotvorhaben"),
	LOAN("Ausleihe"),
	MEETING("Austauschtreffen"),
	GUIDE("Handreichung"),
	TRAVEL("Reisekostenabrechnung"),
	EXPENDITURE("Ausgabe");

	private final String label;

	OwnerType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
