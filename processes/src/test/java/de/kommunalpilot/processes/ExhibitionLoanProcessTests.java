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
 * Every path of {@code exhibition-loan} (Ausleihe der Wanderausstellung).
 */
@Deployment(resources = "processes/exhibition-loan.bpmn")
class ExhibitionLoanProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.9);

	static final Date SHIP_AT = Date.from(Instant.now().plus(20, ChronoUnit.DAYS));
	static final Date RETURN_AT = Date.from(Instant.now().plus(50, ChronoUnit.DAYS));

	final Recorder recorder = new Recorder();
	boolean available = true;

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		recorder.delegate("checkAvailability", execution -> {
			execution.setVariable("available", available);
			execution.setVariable("shipAt", SHIP_AT);
			execution.setVariable("shipBy", SHIP_AT);
			execution.setVariable("returnAt", RETURN_AT);
			execution.setVariable("returnBy", RETURN_AT);
		});
		recorder.delegate("offerAlternative");
		recorder.delegate("sendLoanDecline");
		recorder.delegate("createLoanAgreement");
		recorder.delegate("recordLoanCancellation");
		recorder.executionListener("completeLoan");
	}

	@AfterEach
	void tearDown() {
		Recorder.reset();
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("exhibition-loan", "A-2026-0007",
				vars("loanId", "00000000-0000-0000-0000-000000000007", "loanReference", "A-2026-0007", "municipalityName",
						"Stadt Reutlingen"));
	}

	ProcessInstance confirmedAndShipped() {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt("Task_ConfirmLoan");
		assertThat(task()).hasCandidateGroup("coordinators");
		assertThat(task().getDueDate()).isNotNull();
		complete(task(), vars("loanDecision", "confirm"));

		assertThat(instance).hasPassed("Task_CreateLoanAgreement").isWaitingAt("TimerEvent_ShippingDue");
		assertThat(job().getDuedate()).isEqualTo(SHIP_AT);
		execute(job());
		assertThat(instance).isWaitingAt("Task_ArrangeShipping");
		assertThat(task().getDueDate()).isEqualTo(SHIP_AT);
		complete(task(), vars("shippedOn", "2027-03-01", "carrier", "Spedition Müller"));

		assertThat(instance).isWaitingAt("TimerEvent_LoanEnded");
		assertThat(job().getDuedate()).isEqualTo(RETURN_AT);
		execute(job());
		assertThat(instance).isWaitingAt("Task_CheckReturn");
		return instance;
	}

	@Test
	void shouldExecuteProcess_returnedComplete() {
		ProcessInstance instance = confirmedAndShipped();
		complete(task(), vars("returnedOn", "2027-04-02", "returnCondition", "complete"));

		assertThat(instance).hasPassedInOrder("Task_CheckAvailability", "Task_ConfirmLoan", "Task_CreateLoanAgreement",
				"Task_ArrangeShipping", "Task_CheckReturn", "EndEvent_LoanCompleted").isEnded();
		assertThat(instance).hasNotPassed("Task_SettleDamage");
		assertThat(recorder.count("createLoanAgreement")).isOne();
		assertThat(recorder.count("completeLoan")).isOne();
	}

	@Test
	void shouldExecuteProcess_damageSettled() {
		ProcessInstance instance = confirmedAndShipped();
		complete(task(), vars("returnedOn", "2027-04-02", "returnCondition", "damaged", "damageDescription", "Roll-up SDG 13 geknickt"));

		assertThat(instance).isWaitingAt("Task_SettleDamage");
		assertThat(task()).hasCandidateGroup("coordinators");
		complete(task(), vars("damageSettlement", "Versicherung zahlt", "damageCost", 180.0));
		assertThat(instance).hasPassed("Task_SettleDamage", "EndEvent_LoanCompleted").isEnded();
		assertThat(recorder.count("completeLoan")).isOne();
	}

	@Test
	void shouldExecuteProcess_alternativeOffered() {
		available = false;
		ProcessInstance instance = start();

		assertThat(instance).hasPassedInOrder("Task_CheckAvailability", "Task_OfferAlternative", "EndEvent_AlternativeOffered")
				.isEnded();
		assertThat(recorder.count("offerAlternative")).isOne();
		assertThat(recorder.count("createLoanAgreement")).isZero();
	}

	@Test
	void shouldExecuteProcess_declinedByCoordinator() {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt("Task_ConfirmLoan");
		complete(task(), vars("loanDecision", "decline", "declineReason", "Kein geeigneter Ausstellungsraum"));

		assertThat(instance).hasPassedInOrder("Task_ConfirmLoan", "Task_SendLoanDecline", "EndEvent_LoanDeclined").isEnded();
		assertThat(recorder.count("sendLoanDecline")).isOne();
		assertThat(recorder.count("createLoanAgreement")).isZero();
	}

	@Test
	void shouldExecuteProcess_cancelledBeforeShipping() {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt("Task_ConfirmLoan");
		complete(task(), vars("loanDecision", "confirm"));
		assertThat(instance).isWaitingAt("TimerEvent_ShippingDue");

		runtimeService().createMessageCorrelation("LoanCancelled").processInstanceBusinessKey("A-2026-0007")
				.setVariable("cancellationReason", "Veranstaltung abgesagt").correlate();

		assertThat(instance).hasPassed("Task_RecordLoanCancellation", "EndEvent_LoanCancelled").isEnded();
		assertThat(recorder.count("recordLoanCancellation")).isOne();
	}
}
