package de.kommunalpilot.platform;

/**
 * The user may not do this to this (answered with 403 Forbidden).
 */
public class NotPermittedException extends RuntimeException {

	public NotPermittedException(String message) {
		super(message);
	}
}
