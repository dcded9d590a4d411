package de.kommunalpilot.practices;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A finding of an exchange meeting that went into the practice.
 *
 * @param meetingReference the meeting's reference
 * @param findingId the finding's id
 * @param findingTitle the finding
 * @param note how it went into the practice
 * @param recordedAt when it was recorded
 */
@Embeddable
public record Source(
		@Column(name = "meeting_reference", nullable = false) String meetingReference,
		@Column(name = "finding_id", nullable = false) UUID findingId,
		@Column(name = "finding_title", nullable = false) String findingTitle,
		@Column(nullable = false) String note,
		@Column(name = "recorded_at", nullable = false) Instant recordedAt) {
}
