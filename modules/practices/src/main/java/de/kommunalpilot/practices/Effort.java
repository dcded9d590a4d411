package de.kommunalpilot.practices;

/**
 * How much a municipality has to invest to realise a practice.
 */
public enum Effort {

	LOW("gering"), MEDIUM("mittel"), HIGH("hoch");

	private final String label;

	Effort(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
