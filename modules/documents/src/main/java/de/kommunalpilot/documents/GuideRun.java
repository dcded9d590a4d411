package de.kommunalpilot.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * One compilation of the guide and how far it got.
 *
 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param documentId the finished PDF, once {@code DONE}
 */
public record GuideRun(UUID id, String status, int step, int totalSteps, String message, UUID documentId, String requestedBy,
		Instant startedAt, Instant finishedAt) {

	public int percent() {
		return totalSteps == 0 ? 0 : Math.min(100, step * 100 / totalSteps);
	}

	public boolean running() {
		return "RUNNING".equals(status);
	}
}
