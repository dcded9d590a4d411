package de.kommunalpilot.platform.engine;

/**
 * Whether a user may complete a task now: 404, 409 (already completed) and 403 (not theirs) are the
 * answers before the engine is asked.
 */
enum TaskState {

	OPEN(200, "", ""),
	NOT_FOUND(404, "InvalidRequestException", "Diese Aufgabe gibt es nicht."),
	ALREADY_COMPLETED(409, "InvalidRequestException", "Diese Aufgabe ist bereits erledigt."),
	NOT_YOURS(403, "AuthorizationException", "Diese Aufgabe ist nicht Ihre Aufgabe.");

	private final int status;
	private final String type;
	private final String message;

	TaskState(int status, String type, String message) {
		this.status = status;
		this.type = type;
		this.message = message;
	}

	public int status() {
		return status;
	}

	public String type() {
		return type;
	}

	public String message() {
		return message;
	}
}
