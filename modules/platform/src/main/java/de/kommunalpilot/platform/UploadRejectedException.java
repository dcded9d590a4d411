package de.kommunalpilot.platform;

/**
 * An upload that is not stored: too large (answered with 413) or of a type that is not allowed (415).
 */
public class UploadRejectedException extends RuntimeException {

	private final boolean tooLarge;

	private UploadRejectedException(String message, boolean tooLarge) {
		super(message);
		this.tooLarge = tooLarge;
	}

	public static UploadRejectedException tooLarge(String message) {
		return new UploadRejectedException(message, true);
	}

	public static UploadRejectedException unsupportedType(String message) {
		return new UploadRejectedException(message, false);
	}

	public boolean tooLarge() {
		return tooLarge;
	}
}
