package de.kommunalpilot.pilots;

import java.util.UUID;

/**
 * Identifies a pilot across modules and in process variables.
 */
public record PilotId(UUID value) {

	public PilotId {
		if (value == null) {
			throw new IllegalArgumentException("Die Kennung des Pilotvorhabens fehlt.");
		}
	}

	public static PilotId of(String value) {
		try {
			return new PilotId(UUID.fromString(value));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("Ungültige Kennung eines Pilotvorhabens: " + value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
