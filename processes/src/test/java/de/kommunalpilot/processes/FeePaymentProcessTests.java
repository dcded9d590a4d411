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
 * Every path of {@code fee-payment} (Honorarzahlung): one approval, a second one above the threshold, and the way back
 * from „Rechnung prüfen“.
 */
@Deployment(resources = "processes/fee-payment.bpmn")
class FeePaymentProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.9);

	final Recorder recorder = new Recorder();

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		recorder.bean("feePeriods", new FeePeriodsStandIn());
		recorder.delegate("sendFeeReminder");
	}

	@org.junit.jupiter.api.AfterEach
	void tearDown() {
		Recorder.reset();
	}

	/** Stands in for the bean that gives the BPMN the statement's periods. */
	public static class FeePeriodsStandIn {

		public java.util.Date confirmDue() {
			return java.util.Date.from(java.time.Instant.now().plus(java.time.Duration.ofDays(14)));
		}

		public String getConfirmReminder() {
			return java.time.Duration.ofDays(7).toString();
		}
	}

	ProcessInstance confirmed() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("fee-payment", "H-2026-0003",
				vars("feeStatementReference", "H-2026-0003", "expertUser", "expertin", "expertName", "Amina Yılmaz", "billingMonth", "März 2026",
						"secondApprovalNeeded", false));
		assertThat(instance).isWaitingAt("Task_ConfirmFeeStatement");
		assertThat(task()).isAssignedTo("expertin");
		assertThat(task().getDueDate()).isNotNull();
		complete(task(), vars("feeConfirmation", "confirm"));
		assertThat(instance).isWaitingAt("Task_CheckInvoice");
		assertThat(task()).hasCandidateGroup("coordinators");
		return instance;
	}

	ProcessInstance checkedAndApproved(boolean secondApprovalNeeded) {
		ProcessInstance instance = confirmed();
		complete(task(), vars("invoiceCheck", "matches"));
		assertThat(instance).isWaitingAt("Task_ApprovePayment");
		assertThat(task()).hasCandidateGroup("leads");
		assertThat(task().getDueDate()).isNotNull();
		complete(task(), vars("paymentApproval", "approve", "secondApprovalNeeded", secondApprovalNeeded));
		return instance;
	}

	@Test
	void shouldExecuteProcess_oneApproval() {
		ProcessInstance instance = checkedAndApproved(false);
		assertThat(instance).isWaitingAt("Task_RecordPayment");
		assertThat(task()).hasCandidateGroup("coordinators");
		complete(task(), vars("paidOn", "2026-04-10", "paymentReference", "Überweisung 4711"));
		assertThat(instance).hasPassedInOrder("Task_ConfirmFeeStatement", "Task_CheckInvoice", "Task_ApprovePayment", "Task_RecordPayment",
				"EndEvent_FeePaid").hasNotPassed("Task_SecondApproval").isEnded();
	}

	@Test
	void shouldExecuteProcess_secondApprovalAboveTheThreshold() {
		ProcessInstance instance = checkedAndApproved(true);
		assertThat(instance).isWaitingAt("Task_SecondApproval");
		assertThat(task()).hasCandidateGroup("leads");
		complete(task(), vars("paymentApproval", "approve"));
		assertThat(instance).isWaitingAt("Task_RecordPayment");
		complete(task(), vars("paidOn", "2026-04-10", "paymentReference", "Überweisung 4712"));
		assertThat(instance).hasPassedInOrder("Task_ApprovePayment", "Task_SecondApproval", "Task_RecordPayment", "EndEvent_FeePaid").isEnded();
	}

	@Test
	void shouldExecuteProcess_remindsTheExpertWhoHasNotConfirmed() {
		ProcessInstance instance = runtimeService().startProcessInstanceByKey("fee-payment", "H-2026-0004",
				vars("feeStatementReference", "H-2026-0004", "expertUser", "expertin", "secondApprovalNeeded", false));
		assertThat(instance).isWaitingAt("Task_ConfirmFeeStatement");
		org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests
				.job("BoundaryEvent_ConfirmReminder"));
		assertThat(recorder.count("sendFeeReminder")).isOne();
		assertThat(instance).hasPassed("Task_SendFeeReminder", "EndEvent_FeeReminderSent").isWaitingAt("Task_ConfirmFeeStatement");
		complete(task(), vars("feeConfirmation", "confirm"));
		assertThat(instance).isWaitingAt("Task_CheckInvoice");
	}

	@Test
	void shouldExecuteProcess_givenBackAtTheCheck() {
		ProcessInstance instance = confirmed();
		complete(task(), vars("invoiceCheck", "giveBack", "returnReason", "Die Dokumentation ist noch nicht freigegeben."));
		assertThat(instance).hasPassed("EndEvent_FeeGivenBack").hasNotPassed("Task_ApprovePayment").isEnded();
	}
}
