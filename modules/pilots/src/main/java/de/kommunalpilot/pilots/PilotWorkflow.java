package de.kommunalpilot.pilots;

import java.util.UUID;

/**
 * The pilot's way into the process engine: the domain starts and steers the {@code pilot-implementation}
 * process only through this port, so domain code stays free of engine types.
 */
public interface PilotWorkflow {

	/** Starts the process for a pilot created outside the engine (API, public intake page). */
	void start(Pilot pilot);

	/** Cancels the pilot's process from whatever phase it is in. */
	void cancel(Pilot pilot, String reason);

	/**
	 * Completes "Rückmeldung der Kommune erfassen" with the municipality's answer; false when the step is
	 * no longer open.
	 */
	boolean completeFeedback(Pilot pilot, String rating, String text);

	/** Raises "Problem klären" for the coordinators. */
	void problemReported(Pilot pilot, UUID problemId);
}
