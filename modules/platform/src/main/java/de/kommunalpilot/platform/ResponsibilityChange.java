package de.kommunalpilot.platform;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A handover of a case's Fallverantwortung: from whom (none when it was first taken) to whom, when, by whom.
 *
 * @param from the login it passed from; none when the case was first taken
 * @param to the login it passed to
 * @param changedAt when
 * @param changedBy who handed it over
 */
@Embeddable
public record ResponsibilityChange(
		@Column(name = "from_user") String from,
		@Column(name = "to_user", nullable = false) String to,
		@Column(name = "changed_at", nullable = false) Instant changedAt,
		@Column(name = "changed_by", nullable = false) String changedBy) {

	/** Whether someone took the case themselves (first to act on it), not handed it to someone. */
	public boolean taken() {
		return from == null && to.equals(changedBy);
	}
}
