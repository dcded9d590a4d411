package de.kommunalpilot.meetings.process;

import java.util.UUID;

import de.kommunalpilot.meetings.ExchangeMeeting;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.UserTask;

/** A user task of a meeting, named after its step; the meeting is the one whose reference is the business key. */
abstract class MeetingTask implements UserTask {

	final Meetings meetings;

	MeetingTask(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public String process() {
		return EngineMeetingWorkflow.PROCESS;
	}

	UUID meeting(TaskContext task) {
		return meetings.read(task.caseReference(), ExchangeMeeting::id);
	}

	/** The coordination's steps go to the responsible coordinator, or to the substitute while they are away. */
	@Override
	public String coordinatorFor(TaskContext task) {
		return meetings.coordinatorForNextStep(task.caseReference()).orElse(null);
	}
}
