package de.kommunalpilot.pilots;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.municipalities.MunicipalityAudience;

/** An expert sees the municipalities of the pilots they see, by the same rule as {@link Pilot#isAssignedTo}. */
@Component
class PilotMunicipalities implements MunicipalityAudience {

	private final PilotRepository pilots;

	PilotMunicipalities(PilotRepository pilots) {
		this.pilots = pilots;
	}

	@Override
	@Transactional(readOnly = true)
	public Set<UUID> municipalitiesOf(String userId) {
		return pilots.municipalitiesSeenBy(userId, Assignment.SEES_THE_PILOT);
	}
}
