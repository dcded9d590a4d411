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
 * Every path of {@code expert-onboarding} (Aufnahme in den Expert*innen-Pool).
 */
@Deployment(resources = "processes/expert-onboarding.bpmn")
class ExpertOnboardingProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.9);

	final Recorder recorder = new Recorder();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		recorder.bean("onboardingPeriods", new Periods(java.time.Duration.ofDays(7), java.time.Duration.ofDays(30)));
		for (String delegate : new String[] { "requestConsent", "remindConsent", "sendOnboardingRejection", "expireOnboarding",
				"createExpertLogin" }) {
			recorder.delegate(delegate);
		}
	}

	@AfterEach
	void tearDown() {
		Recorder.reset();
	}

	ProcessInstance accepted() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("expert-onboarding", "E-2026-0003",
				vars("expertId", "00000000-0000-0000-0000-000000000003", "registrationReference", "E-2026-0003", "expertName", "Amina Diallo"));
		assertThat(instance).isWaitingAt("Task_ReviewProfile");
		assertThat(task()).hasCandidateGroup("coordinators");
		assertThat(task().getDueDate()).isNotNull();
		complete(task(), vars("profileDecision", "accept", "dailyFee", 450));
		assertThat(instance).hasPassed("Task_RequestConsent").isWaitingAt("ReceiveTask_ConfirmConsent");
		return instance;
	}

	void confirm() {
		runtimeService().createMessageCorrelation("ConsentConfirmed").processInstanceBusinessKey("E-2026-0003")
				.setVariable("expertUser", "aminadiallo").correlate();
	}

	@Test
	void shouldExecuteProcess_acceptedAndConfirmed() {
		ProcessInstance instance = accepted();
		confirm();

		assertThat(instance).hasPassedInOrder("Task_ReviewProfile", "Task_RequestConsent", "ReceiveTask_ConfirmConsent",
				"Task_CreateLogin", "EndEvent_Onboarded").isEnded();
		assertThat(recorder.count("requestConsent")).isOne();
		assertThat(recorder.count("createExpertLogin")).isOne();
	}

	@Test
	void shouldExecuteProcess_rejected() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("expert-onboarding", "E-2026-0004",
				vars("expertId", "00000000-0000-0000-0000-000000000004"));
		assertThat(instance).isWaitingAt("Task_ReviewProfile");
		complete(task(), vars("profileDecision", "reject", "reviewNote", "Kein Bezug zu Baden-Württemberg"));

		assertThat(instance).hasPassedInOrder("Task_ReviewProfile", "Task_SendRejection", "EndEvent_Rejected").isEnded();
		assertThat(recorder.count("requestConsent")).isZero();
	}

	@Test
	void shouldExecuteProcess_remindsAfterSevenDaysThenConfirmed() {
		ProcessInstance instance = accepted();
		execute(job("BoundaryEvent_ConsentReminderDue"));

		assertThat(recorder.count("remindConsent")).isOne();
		assertThat(instance).hasPassed("Task_RemindConsent", "EndEvent_Reminded").isWaitingAt("ReceiveTask_ConfirmConsent");
		confirm();
		assertThat(instance).hasPassed("Task_CreateLogin").isEnded();
	}

	@Test
	void shouldExecuteProcess_closesAnUnconfirmedRegistrationAfterThirtyDays() {
		ProcessInstance instance = accepted();
		execute(job("BoundaryEvent_ConsentExpired"));

		assertThat(instance).hasPassed("Task_ExpireOnboarding", "EndEvent_Expired").isEnded();
		assertThat(instance).hasNotPassed("Task_CreateLogin");
		assertThat(recorder.count("expireOnboarding")).isOne();
	}
}
