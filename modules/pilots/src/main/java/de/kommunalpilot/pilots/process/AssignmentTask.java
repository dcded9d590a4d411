package de.kommunalpilot.pilots.process;

import de.kommunalpilot.pilots.Pilots;

/** A user task of {@code expert-assignment}, called by a pilot with the pilot's reference as business key. */
abstract class AssignmentTask extends PilotTask {

	AssignmentTask(Pilots pilots) {
		super(pilots);
	}

	@Override
	public String process() {
		return ProcessVariables.ASSIGNMENT_PROCESS;
	}
}
