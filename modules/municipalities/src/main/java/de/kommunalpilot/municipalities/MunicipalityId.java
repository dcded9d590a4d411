package de.kommunalpilot.municipalities;

import java.util.UUID;

/**
 * Identifies a municipality across modules; other modules keep this id, never the entity.
 */
public record MunicipalityId(UUID value) {

	public MunicipalityId {
		if (value == null) {
			throw new IllegalArgumentException("Die Kennung der Kommune fehlt.");
		}
	}
}
