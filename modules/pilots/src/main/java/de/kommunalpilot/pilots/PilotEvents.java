package de.kommunalpilot.pilots;

import java.time.Instant;
import java.util.Set;

/**
 * What happens to pilots, published through the persisted event registry.
 */
public final class PilotEvents {

	private PilotEvents() {
	}

	/** A pilot was created from an enquiry. */
	public record PilotCreated(PilotId pilotId, String reference, String municipalityName, String districtKey,
			Instant at) {
	}

	/** A pilot entered a phase; {@code sequence} is the change's position in the pilot's phase history. */
	public record PilotPhaseChanged(PilotId pilotId, String reference, PilotPhase from, PilotPhase to, int sequence,
			Instant at) {
	}

	/** The initial meeting captured what the municipality needs. */
	public record NeedsCaptured(PilotId pilotId, String reference, Set<Integer> sdgs, String topic) {
	}

	/** An expert took on the pilot. */
	public record ExpertAssigned(PilotId pilotId, String reference, String expertId, String expertUser) {
	}

	/** An expert logged hours of consultation. */
	public record ConsultationLogged(PilotId pilotId, java.util.UUID consultationId, String reference, String expertUser,
			java.time.LocalDate heldOn, java.math.BigDecimal hours) {
	}

	/** The pilot is closed for good: completed, declined or cancelled. */
	public record PilotClosed(PilotId pilotId, String reference, PilotPhase outcome, Set<String> practiceCodes,
			Instant at) {
	}
}
