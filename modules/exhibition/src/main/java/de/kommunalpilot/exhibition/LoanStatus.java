package de.kommunalpilot.exhibition;

/**
 * Where a loan of the exhibition stands, with the German label users see.
 */
public enum LoanStatus {

	REQUESTED("Angefragt"),
	RESERVED("Reserviert, wartet auf Bestätigung"),
	CONFIRMED("Bestätigt"),
	SHIPPED("Versandt"),
	RETURNED("Zurückgegeben"),
	DAMAGE_SETTLEMENT("Schaden in Regulierung"),
	COMPLETED("Abgeschlossen"),
	ALTERNATIVE_OFFERED("Alternativtermin angeboten"),
	DECLINED("Abgelehnt"),
	CANCELLED("Storniert");

	private final String label;

	LoanStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean isClosed() {
		return this == COMPLETED || this == ALTERNATIVE_OFFERED || this == DECLINED || this == CANCELLED;
	}
}
