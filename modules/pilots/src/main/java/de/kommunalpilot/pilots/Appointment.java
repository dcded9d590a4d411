package de.kommunalpilot.pilots;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The date of a pilot's talk (see {@link AppointmentKind}): from, until, where, and how often it was moved
 * (the calendar entry's SEQUENCE, so calendars replace the entry they have).
 */
@Embeddable
public record Appointment(
		@Column(name = "starts_at", nullable = false) Instant startsAt,
		@Column(name = "ends_at", nullable = false) Instant endsAt,
		@Column(name = "location", nullable = false) String location,
		@Column(name = "sequence", nullable = false) int sequence) {
}
