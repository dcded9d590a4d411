package de.kommunalpilot.platform.engine;

/** Why a user may not complete a task: the German messages of the 404, 409 and 403 answers. */
enum TaskState {

	NOT_FOUND("Diese Aufgabe gibt es nicht."),
	ALREADY_COMPLETED("Diese Aufgabe ist bereits erledigt."),
	NOT_YOURS("Diese Aufgabe ist nicht Ihre Aufgabe.");

	private final String message;

	TaskState(String message) {
		this.message = message;
	}

	String message() {
		return message;
	}
}
