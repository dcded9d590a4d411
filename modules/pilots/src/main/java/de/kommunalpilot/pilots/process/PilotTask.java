package de.kommunalpilot.pilots.process;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.UserTask;

/**
 * A user task of a pilot, named after its step ({@code CaptureNeeds} ↔ {@code Task_CaptureNeeds}): the
 * pilot is the one whose reference is the process's business key, never a submitted value.
 */
abstract class PilotTask implements UserTask {

	final Pilots pilots;

	PilotTask(Pilots pilots) {
		this.pilots = pilots;
	}

	@Override
	public String process() {
		return ProcessVariables.PILOT_PROCESS;
	}

	PilotId pilot(TaskContext task) {
		return pilots.idOf(task.caseReference());
	}

	/** The coordination's steps of a pilot go to its responsible coordinator, or to the substitute while they are away. */
	@Override
	public String coordinatorFor(TaskContext task) {
		return pilots.coordinatorForNextStep(task.caseReference()).orElse(null);
	}

	/** The fields every pilot task shows first, then {@code more}. */
	static String[] shows(String... more) {
		String[] all = new String[more.length + 2];
		all[0] = ProcessVariables.REFERENCE;
		all[1] = ProcessVariables.MUNICIPALITY;
		System.arraycopy(more, 0, all, 2, more.length);
		return all;
	}
}
