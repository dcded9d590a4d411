package de.kommunalpilot.processes;

import static de.kommunalpilot.processes.Recorder.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of {@code travel-claim} (Reisekostenerstattung): one approval, a second one above the threshold, and the way
 * back from „Reisekosten prüfen“.
 */
@Deployment(resources = "processes/travel-claim.bpmn")
class TravelClaimProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.9);

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
	}

	ProcessInstance submitted() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("travel-claim", "R-2026-0001",
				vars("travelClaimReference", "R-2026-0001", "expertName", "Amina Yılmaz", "secondApprovalNeeded", false));
		assertThat(instance).isWaitingAt("Task_CheckTravelClaim");
		assertThat(task()).hasCandidateGroup("coordinators");
		assertThat(task().getDueDate()).isNotNull();
		return instance;
	}

	ProcessInstance approved(boolean secondApprovalNeeded) {
		ProcessInstance instance = submitted();
		complete(task(), vars("travelCheck", "matches", "receiptsChecked", true));
		assertThat(instance).isWaitingAt("Task_ApproveTravelClaim");
		assertThat(task()).hasCandidateGroup("leads");
		complete(task(), vars("travelApproval", "approve", "secondApprovalNeeded", secondApprovalNeeded));
		return instance;
	}

	@Test
	void shouldExecuteProcess_oneApproval() {
		ProcessInstance instance = approved(false);
		assertThat(instance).isWaitingAt("Task_RecordTravelPayment");
		assertThat(task()).hasCandidateGroup("coordinators");
		complete(task(), vars("paidOn", "2026-04-10", "paymentReference", "Überweisung 4713"));
		assertThat(instance).hasPassedInOrder("Task_CheckTravelClaim", "Task_ApproveTravelClaim", "Task_RecordTravelPayment", "EndEvent_TravelPaid")
				.hasNotPassed("Task_SecondTravelApproval").isEnded();
	}

	@Test
	void shouldExecuteProcess_secondApprovalAboveTheThreshold() {
		ProcessInstance instance = approved(true);
		assertThat(instance).isWaitingAt("Task_SecondTravelApproval");
		assertThat(task()).hasCandidateGroup("leads");
		complete(task(), vars("travelApproval", "approve"));
		complete(task(), vars("paidOn", "2026-04-10", "paymentReference", "Überweisung 4714"));
		assertThat(instance).hasPassedInOrder("Task_ApproveTravelClaim", "Task_SecondTravelApproval", "Task_RecordTravelPayment", "EndEvent_TravelPaid")
				.isEnded();
	}

	@Test
	void shouldExecuteProcess_givenBackAtTheCheck() {
		ProcessInstance instance = submitted();
		complete(task(), vars("travelCheck", "giveBack", "returnReason", "Die Fahrkarte fehlt."));
		assertThat(instance).hasPassed("EndEvent_TravelGivenBack").hasNotPassed("Task_ApproveTravelClaim").isEnded();
	}
}
