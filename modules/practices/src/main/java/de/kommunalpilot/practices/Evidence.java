package de.kommunalpilot.practices;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a completed pilot showed about a practice.
 *
 * @param pilotReference the pilot's reference
 * @param municipality the municipality that realised it
 * @param summary what the pilot showed
 * @param recordedAt when it was recorded
 */
@Embeddable
public record Evidence(
		@Column(name = "pilot_reference", nullable = false) String pilotReference,
		@Column(nullable = false) String municipality,
		@Column(nullable = false) String summary,
		@Column(name = "recorded_at", nullable = false) Instant recordedAt) {
}
