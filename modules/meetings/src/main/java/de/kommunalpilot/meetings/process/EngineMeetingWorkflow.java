package de.kommunalpilot.meetings.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import de.kommunalpilot.meetings.ExchangeMeeting;
import de.kommunalpilot.meetings.MeetingWorkflow;
import de.kommunalpilot.platform.CaseTaskNaming;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/** The engine side of {@link MeetingWorkflow}: the business key is the meeting's reference. */
@Component
class EngineMeetingWorkflow implements MeetingWorkflow {

	static final String PROCESS = "exchange-meeting";

	private final RuntimeService runtime;
	private final EngineSystemCalls systemCalls;

	EngineMeetingWorkflow(RuntimeService runtime, EngineSystemCalls systemCalls) {
		this.runtime = runtime;
		this.systemCalls = systemCalls;
	}

	@Override
	public void start(ExchangeMeeting meeting) {
		runtime.createProcessInstanceByKey(PROCESS).businessKey(meeting.reference())
				.setVariables(Map.of("meetingId", meeting.id().toString(), "meetingReference", meeting.reference(), "meetingTitle",
						meeting.title(), "title", meeting.title()))
				.execute();
	}

	@Override
	public void cancel(ExchangeMeeting meeting, String reason) {
		systemCalls.run(() -> runtime.createMessageCorrelation("MeetingCancelled").processInstanceBusinessKey(meeting.reference())
				.setVariable("cancellationReason", reason).correlateWithResult());
	}

	@Bean
	static CaseTaskNaming meetingTasks() {
		return new CaseTaskNaming(PROCESS, "Austauschtreffen", "meetingReference", "meetingTitle", null, "/austauschtreffen/{reference}");
	}
}
