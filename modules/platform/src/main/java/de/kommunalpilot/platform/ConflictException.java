package de.kommunalpilot.platform;

/**
 * The request contradicts the current state, e.g. a task that is already completed (answered
 * with 409).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
