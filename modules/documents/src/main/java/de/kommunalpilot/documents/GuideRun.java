package de.kommunalpilot.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * One compilation of the guide and how far it got.
 *
 * @param id the run's id
 * @param status {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param step the step it is at
 * @param totalSteps how many steps it has
 * @param message what it is doing, or why it failed
 * @param documentId the finished PDF, once {@code DONE}
 * @param requestedBy who started it
 * @param startedAt when it started
 * @param finishedAt when it ended, once it did
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
