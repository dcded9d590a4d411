package de.kommunalpilot.pilots;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * When the pilot entered a phase, and who moved it there.
 */
@Embeddable
public record PhaseChange(
		@Enumerated(EnumType.STRING) @Column(nullable = false) PilotPhase phase,
		@Column(name = "changed_at", nullable = false) Instant changedAt,
		@Column(name = "changed_by") String changedBy) {
}
