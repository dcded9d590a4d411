package de.kommunalpilot.pilots;

/**
 * A feedback link that cannot be used (any more): unknown, used, expired, or the feedback was already
 * recorded by the coordination.
 */
public class FeedbackLinkUnavailableException extends RuntimeException {

	private final boolean known;

	FeedbackLinkUnavailableException(boolean known, String message) {
		super(message);
		this.known = known;
	}

	/** Whether the link existed (then 410 Gone), or was never issued (404). */
	public boolean known() {
		return known;
	}
}
