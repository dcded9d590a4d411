package de.kommunalpilot.municipalities;

import java.util.Set;
import java.util.UUID;

/**
 * Which municipalities someone who is not staff may see: an expert only those of the pilots they work on.
 * The pilots module answers it; without an answer nobody but staff sees any municipality.
 */
public interface MunicipalityAudience {

	Set<UUID> municipalitiesOf(String userId);
}
