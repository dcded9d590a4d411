package de.kommunalpilot.experts;

import java.util.UUID;

/**
 * Identifies an expert or migrant organisation across modules.
 */
public record ExpertId(UUID value) {

	public ExpertId {
		if (value == null) {
			throw new IllegalArgumentException("Die Kennung der Expert*in fehlt.");
		}
	}

	public static ExpertId of(String value) {
		try {
			return new ExpertId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("Ungültige Kennung einer Expert*in: " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
