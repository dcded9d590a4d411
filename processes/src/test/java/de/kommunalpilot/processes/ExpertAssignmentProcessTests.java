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

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code expert-assignment} (Expert*in gewinnen).
 */
@Deployment(resources = "processes/expert-assignment.bpmn")
class ExpertAssignmentProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.9);

	final Recorder recorder = new Recorder();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		recorder.bean("requestPeriods", new Periods(java.time.Duration.ofDays(5), java.time.Duration.ofDays(10)));
		recorder.taskListener("offerRankedExperts");
		recorder.delegate("sendExpertRequest");
		recorder.delegate("sendExpertReminder");
		recorder.delegate("recordNoAnswer");
		recorder.delegate("createFeeAgreement");
	}

	@AfterEach
	void tearDown() {
		Recorder.reset();
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("expert-assignment", "P-2026-0042",
				vars("pilotId", "00000000-0000-0000-0000-000000000042", "pilotReference", "P-2026-0042",
						"municipalityName", "Stadt Ulm"));
	}

	void select(ProcessInstance instance, String expertUser) {
		assertThat(instance).isWaitingAt("Task_SelectExpert");
		assertThat(task()).hasCandidateGroup("coordinators");
		assertThat(task().getDueDate()).isNotNull();
		complete(task(), vars("expertId", "id-of-" + expertUser, "expertUser", expertUser, "expertName", expertUser,
				"consultationDays", 5));
	}

	@Test
	void shouldExecuteProcess_expertAccepts() {
		ProcessInstance instance = start();
		select(instance, "expertin");

		assertThat(instance).isWaitingAt("Task_AnswerRequest");
		assertThat(task()).isAssignedTo("expertin");
		complete(task(), vars("requestAnswer", "accept"));

		assertThat(instance).hasPassedInOrder("Task_SelectExpert", "Task_RequestExpert", "Task_AnswerRequest",
				"Gateway_RequestAccepted", "Task_CreateFeeAgreement", "EndEvent_ExpertWon").isEnded();
		assertThat(recorder.count("sendExpertRequest")).isOne();
		assertThat(recorder.count("createFeeAgreement")).isOne();
		assertThat(recorder.count("recordNoAnswer")).isZero();
	}

	@Test
	void shouldExecuteProcess_expertDeclinesThenAnotherAccepts() {
		ProcessInstance instance = start();
		select(instance, "expertin");
		complete(task(), vars("requestAnswer", "decline", "requestDeclineReason", "Keine Zeit"));

		select(instance, "experte");
		assertThat(task()).isAssignedTo("experte");
		complete(task(), vars("requestAnswer", "accept"));

		assertThat(instance).hasPassedInOrder("Task_AnswerRequest", "Task_SelectExpert", "Task_RequestExpert",
				"Task_AnswerRequest", "Task_CreateFeeAgreement").isEnded();
		assertThat(recorder.count("sendExpertRequest")).isEqualTo(2);
		assertThat(recorder.count("offerRankedExperts")).isEqualTo(2);
	}

	@Test
	void shouldExecuteProcess_remindsAfterFiveDaysWithoutAnswer() {
		ProcessInstance instance = start();
		select(instance, "expertin");

		execute(job("BoundaryEvent_ReminderDue"));

		assertThat(recorder.count("sendExpertReminder")).isOne();
		assertThat(instance).hasPassed("Task_SendReminder", "EndEvent_ReminderSent").isWaitingAt("Task_AnswerRequest");
		complete(task(), vars("requestAnswer", "accept"));
		assertThat(instance).isEnded();
	}

	@Test
	void shouldExecuteProcess_returnsToSelectionAfterTenDaysWithoutAnswer() {
		ProcessInstance instance = start();
		select(instance, "expertin");

		execute(job("BoundaryEvent_AnswerOverdue"));

		assertThat(recorder.count("recordNoAnswer")).isOne();
		assertThat(instance).hasPassed("Task_RecordNoAnswer").isWaitingAt("Task_SelectExpert");
		assertThat(instance).isNotWaitingAt("Task_AnswerRequest");
		select(instance, "experte");
		complete(task(), vars("requestAnswer", "accept"));
		assertThat(instance).isEnded();
	}
}
