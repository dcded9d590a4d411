package de.kommunalpilot.processes;

import static de.kommunalpilot.processes.Recorder.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code exchange-meeting} (Austauschtreffen).
 */
@Deployment(resources = "processes/exchange-meeting.bpmn")
class ExchangeMeetingProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.9);

	static final Date REMIND_AT = Date.from(Instant.now().plus(27, ChronoUnit.DAYS));
	static final Date STARTS_AT = Date.from(Instant.now().plus(30, ChronoUnit.DAYS));

	final Recorder recorder = new Recorder();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		recorder.executionListener("registerMeeting");
		recorder.taskListener("prepareMeetingRecord");
		for (String delegate : new String[] { "sendInvitations", "sendMeetingReminders", "closeMeeting", "recordMeetingCancellation" }) {
			recorder.delegate(delegate);
		}
	}

	@AfterEach
	void tearDown() {
		Recorder.reset();
	}

	ProcessInstance plannedAndHeld() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("exchange-meeting", "T-2026-0002",
				vars("meetingId", "00000000-0000-0000-0000-000000000002", "meetingReference", "T-2026-0002", "title", "Zweites Austauschtreffen"));
		assertThat(instance).isWaitingAt("Task_PlanMeeting");
		assertThat(task()).hasCandidateGroup("coordinators");
		assertThat(task().getDueDate()).isNotNull();
		complete(task(), vars("remindAt", REMIND_AT, "startsAt", STARTS_AT, "capacity", 20));

		assertThat(instance).hasPassed("Task_SendInvitations").isWaitingAt("TimerEvent_ReminderDue");
		assertThat(job().getDuedate()).isEqualTo(REMIND_AT);
		execute(job());
		assertThat(instance).hasPassed("Task_SendReminders").isWaitingAt("TimerEvent_MeetingStarts");
		assertThat(job().getDuedate()).isEqualTo(STARTS_AT);
		execute(job());
		assertThat(instance).isWaitingAt("Task_RecordMeeting");
		assertThat(recorder.count("prepareMeetingRecord")).isOne();
		return instance;
	}

	@Test
	void shouldExecuteProcess_findingsAdopted() {
		ProcessInstance instance = plannedAndHeld();
		complete(task(), vars("findingCount", 2));

		assertThat(instance).isWaitingAt("Task_AdoptFindings");
		complete(task());
		assertThat(instance).hasPassedInOrder("StartEvent_MeetingCreated", "Task_PlanMeeting", "Task_SendInvitations", "Task_SendReminders",
				"Task_RecordMeeting", "Task_AdoptFindings", "EndEvent_MeetingClosed").isEnded();
		assertThat(recorder.count("registerMeeting")).isOne();
		assertThat(recorder.count("sendInvitations")).isOne();
		assertThat(recorder.count("sendMeetingReminders")).isOne();
		assertThat(recorder.count("closeMeeting")).isZero();
	}

	@Test
	void shouldExecuteProcess_closedWithoutFindings() {
		ProcessInstance instance = plannedAndHeld();
		complete(task(), vars("findingCount", 0));

		assertThat(instance).hasPassedInOrder("Task_RecordMeeting", "Task_CloseMeeting", "EndEvent_MeetingClosed").isEnded();
		assertThat(instance).hasNotPassed("Task_AdoptFindings");
		assertThat(recorder.count("closeMeeting")).isOne();
	}

	@Test
	void shouldExecuteProcess_cancelledWhileRegistrationsRun() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("exchange-meeting", "T-2026-0003",
				vars("meetingId", "00000000-0000-0000-0000-000000000003"));
		assertThat(instance).isWaitingAt("Task_PlanMeeting");
		complete(task(), vars("remindAt", REMIND_AT, "startsAt", STARTS_AT));
		assertThat(instance).isWaitingAt("TimerEvent_ReminderDue");

		runtimeService().createMessageCorrelation("MeetingCancelled").processInstanceBusinessKey("T-2026-0003")
				.setVariable("cancellationReason", "Referentin erkrankt").correlate();

		assertThat(instance).hasPassed("Task_RecordMeetingCancellation", "EndEvent_MeetingCancelled").isEnded();
		assertThat(recorder.count("recordMeetingCancellation")).isOne();
	}
}
