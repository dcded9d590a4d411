package de.kommunalpilot.meetings;

/** The meeting's way into the process engine ({@code exchange-meeting}). */
public interface MeetingWorkflow {

	void start(ExchangeMeeting meeting);

	void cancel(ExchangeMeeting meeting, String reason);
}
