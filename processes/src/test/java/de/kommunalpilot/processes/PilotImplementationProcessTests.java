package de.kommunalpilot.processes;

import static de.kommunalpilot.processes.Recorder.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every path of {@code pilot-implementation} (Pilotvorhaben): happy path, decline, the review loops,
 * the overdue milestone, a reported problem, and cancellation from each phase.
 */
@Deployment(resources = { "processes/pilot-implementation.bpmn", "processes/expert-assignment.bpmn",
		"processes/practice-recommendation.dmn", "processes/forms/pilot-enquiry.form", "processes/forms/check-enquiry.form",
		"processes/forms/capture-needs.form", "processes/forms/choose-practice.form", "processes/forms/kick-off.form",
		"processes/forms/create-plan.form", "processes/forms/approve-plan.form", "processes/forms/implement-milestone.form",
		"processes/forms/clarify-delay.form", "processes/forms/clarify-problem.form",
		"processes/forms/write-documentation.form", "processes/forms/review-documentation.form",
		"processes/forms/record-feedback.form", "processes/forms/approve-closure.form",
		"processes/forms/select-expert.form", "processes/forms/answer-request.form" })
class PilotImplementationProcessTests {

	@RegisterExtension
	static ProcessEngineCoverageExtension engine = ProcessTestEngine.extension(0.9, "expert-assignment");

	final Recorder recorder = new Recorder();
	final Milestones milestones = new Milestones();

	/** Stands in for the milestone bean the BPMN asks for ids and dates. */
	public static class Milestones {

		List<String> ids = List.of("m-1", "m-2");
		Instant overdueAt = Instant.now().plus(30, ChronoUnit.DAYS);

		public List<String> plannedIds(String pilotId) {
			return ids;
		}

		public Date dueAt(String pilotId, String milestoneId) {
			return Date.from(overdueAt.minus(15, ChronoUnit.HOURS));
		}

		public Date overdueAt(String pilotId, String milestoneId) {
			return Date.from(overdueAt);
		}
	}

	@BeforeEach
	void setUp() {
		init(engine.getProcessEngine());
		recorder.bean("requestPeriods", new Periods(java.time.Duration.ofDays(5), java.time.Duration.ofDays(10)));
		for (String listener : List.of("registerEnquiry", "enterPhase", "offerPractices", "completePilot")) {
			recorder.executionListener(listener);
		}
		for (String listener : List.of("prepareMilestoneTask", "prepareProblemTask", "offerRankedExperts",
				"offerFeedbackLink")) {
			recorder.taskListener(listener);
		}
		for (String delegate : List.of("sendDecline", "adoptResults", "createFinalReport", "recordCancellation",
				"sendExpertRequest", "sendExpertReminder", "recordNoAnswer", "createFeeAgreement")) {
			recorder.delegate(delegate);
		}
		recorder.bean("pilotMilestones", milestones);
	}

	@AfterEach
	void tearDown() {
		Recorder.reset();
	}

	// ------------------------------------------------------------------ paths

	@Test
	void shouldExecuteProcess_happyPath() {
		ProcessInstance pilot = start();
		acceptEnquiry(pilot);
		captureNeeds(pilot);
		choosePractice(pilot);
		assignExpert(pilot);
		kickOff(pilot);
		createPlan(pilot);
		decidePlan(pilot, "approve");
		implementMilestones(pilot, 2);
		writeDocumentation(pilot);
		decideDocumentation(pilot, "approve");
		recordFeedback(pilot);
		decideClosure(pilot, "approve");

		assertThat(pilot).hasPassedInOrder("StartEvent_EnquiryReceived", "Task_CheckEnquiry", "Task_CaptureNeeds",
				"Task_RecommendPractices", "Task_ChoosePractice", "CallActivity_AssignExpert", "Task_KickOff",
				"Task_CreatePlan", "Task_ApprovePlan", "SubProcess_Implementation", "Task_WriteDocumentation",
				"Task_ReviewDocumentation", "Task_RecordFeedback", "Task_ApproveClosure", "Task_AdoptResults",
				"Task_CreateFinalReport", "EndEvent_Completed").isEnded();
		assertThat(recorder.calls()).containsSubsequence("enterPhase:INTAKE", "enterPhase:PRACTICE_SELECTION",
				"enterPhase:EXPERT_ASSIGNMENT", "enterPhase:KICK_OFF", "enterPhase:PLANNING", "enterPhase:IMPLEMENTATION",
				"enterPhase:DOCUMENTATION", "enterPhase:FEEDBACK", "enterPhase:CLOSURE", "adoptResults",
				"createFinalReport", "completePilot:EndEvent_Completed");
		assertThat(recorder.count("prepareMilestoneTask")).isEqualTo(2);
		assertThat(recorder.count("offerFeedbackLink")).isOne();
		assertThat(recorder.count("sendDecline")).isZero();
	}

	@Test
	void shouldExecuteProcess_enquiryDeclined() {
		ProcessInstance pilot = start();
		assertThat(pilot).isWaitingAt("Task_CheckEnquiry");
		assertThat(task(pilot)).hasCandidateGroup("coordinators");

		complete(task(pilot), vars("enquiryDecision", "decline", "declineReason", "Kein Bezug zu Migration und Entwicklung"));

		assertThat(pilot).hasPassed("Task_SendDecline", "EndEvent_Declined").hasNotPassed("Task_CaptureNeeds").isEnded();
		assertThat(recorder.count("sendDecline")).isOne();
	}

	@Test
	void shouldExecuteProcess_planSentBack() {
		ProcessInstance pilot = toPlanApproval();

		decidePlan(pilot, "rework");
		assertThat(pilot).isWaitingAt("Task_CreatePlan");
		createPlan(pilot);
		decidePlan(pilot, "approve");

		assertThat(pilot).isWaitingAt("Task_ImplementMilestone");
		assertThat(historyCount("Task_CreatePlan")).isEqualTo(2);
	}

	@Test
	void shouldExecuteProcess_documentationSentBack() {
		ProcessInstance pilot = toDocumentation();

		decideDocumentation(pilot, "rework");
		assertThat(pilot).isWaitingAt("Task_WriteDocumentation");
		assertThat(task(pilot)).isAssignedTo("expertin");
		writeDocumentation(pilot);
		decideDocumentation(pilot, "approve");

		assertThat(pilot).isWaitingAt("Task_RecordFeedback");
		assertThat(historyCount("Task_WriteDocumentation")).isEqualTo(2);
	}

	@Test
	void shouldExecuteProcess_closureSentBack() {
		ProcessInstance pilot = toDocumentation();
		decideDocumentation(pilot, "approve");
		recordFeedback(pilot);

		decideClosure(pilot, "rework");
		assertThat(pilot).isWaitingAt("Task_ReviewDocumentation");
		decideDocumentation(pilot, "approve");
		recordFeedback(pilot);
		decideClosure(pilot, "approve");

		assertThat(pilot).hasPassed("EndEvent_Completed").isEnded();
		assertThat(historyCount("Task_ApproveClosure")).isEqualTo(2);
	}

	@Test
	void shouldExecuteProcess_milestoneOverdue() {
		milestones.ids = List.of("m-1");
		ProcessInstance pilot = toPlanApproval();
		decidePlan(pilot, "approve");
		assertThat(pilot).isWaitingAt("Task_ImplementMilestone");

		execute(job("BoundaryEvent_MilestoneOverdue"));

		assertThat(pilot).isWaitingAt("Task_ImplementMilestone", "Task_ClarifyDelay");
		Task delay = taskQuery().taskDefinitionKey("Task_ClarifyDelay").singleResult();
		assertThat(delay).hasCandidateGroup("coordinators");
		complete(delay, vars("delayResolution", "Termin mit der Kommune verschoben"));
		assertThat(pilot).hasPassed("EndEvent_DelayClarified").isWaitingAt("Task_ImplementMilestone");

		implementMilestones(pilot, 1);
		assertThat(pilot).isWaitingAt("Task_WriteDocumentation");
	}

	@Test
	void shouldExecuteProcess_problemReported() {
		ProcessInstance pilot = toPlanApproval();
		decidePlan(pilot, "approve");

		runtimeService().createMessageCorrelation("ProblemReported").processInstanceBusinessKey("P-2026-0001")
				.setVariableLocal("problemId", "problem-1").correlate();

		assertThat(pilot).isWaitingAt("Task_ImplementMilestone", "Task_ClarifyProblem");
		Task clarify = taskQuery().taskDefinitionKey("Task_ClarifyProblem").singleResult();
		assertThat(clarify).hasCandidateGroup("coordinators");
		complete(clarify, vars("problemResolution", "Raum gefunden"));

		assertThat(pilot).hasPassed("EndEvent_ProblemClarified").isWaitingAt("Task_ImplementMilestone");
		assertThat(recorder.calls()).contains("prepareProblemTask:Task_ClarifyProblem");
	}

	enum Phase {
		CHECK_ENQUIRY, CAPTURE_NEEDS, CHOOSE_PRACTICE, EXPERT_ASSIGNMENT, KICK_OFF, CREATE_PLAN, APPROVE_PLAN,
		IMPLEMENTATION, DOCUMENTATION, REVIEW, FEEDBACK, CLOSURE
	}

	@ParameterizedTest
	@EnumSource(Phase.class)
	void shouldExecuteProcess_cancelledInPhase(Phase phase) {
		ProcessInstance pilot = walkTo(phase);

		runtimeService().createMessageCorrelation("PilotCancelled").processInstanceBusinessKey("P-2026-0001")
				.setVariableLocal("cancellationReason", "Gemeinderat hat die Mittel gestrichen").correlate();

		assertThat(pilot).hasPassed("Task_RecordCancellation", "EndEvent_Cancelled").isEnded();
		assertThat(recorder.count("recordCancellation")).isOne();
		assertThat(runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("P-2026-0001").count()).isZero();
		assertThat(taskQuery().count()).isZero();
	}

	@Test
	void everyUserTaskHasAGermanFormThatIsDeployed() {
		for (String key : List.of("pilot-implementation", "expert-assignment")) {
			ProcessDefinition definition = repositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
					.latestVersion().singleResult();
			List<String> resources = repositoryService().getDeploymentResourceNames(definition.getDeploymentId());
			for (UserTask task : repositoryService().getBpmnModelInstance(definition.getId())
					.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
				assertThat(resources).as(task.getId()).contains("processes/forms/" + task.getCamundaFormRef() + ".form");
				assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null).as(task.getId()).isTrue();
				assertThat(task.getCamundaDueDate()).as(task.getId()).isNotBlank();
			}
		}
	}

	// ------------------------------------------------------------------ steps

	ProcessInstance walkTo(Phase phase) {
		ProcessInstance pilot = start();
		if (phase == Phase.CHECK_ENQUIRY) {
			return pilot;
		}
		acceptEnquiry(pilot);
		if (phase == Phase.CAPTURE_NEEDS) {
			return pilot;
		}
		captureNeeds(pilot);
		if (phase == Phase.CHOOSE_PRACTICE) {
			return pilot;
		}
		choosePractice(pilot);
		if (phase == Phase.EXPERT_ASSIGNMENT) {
			return pilot;
		}
		assignExpert(pilot);
		if (phase == Phase.KICK_OFF) {
			return pilot;
		}
		kickOff(pilot);
		if (phase == Phase.CREATE_PLAN) {
			return pilot;
		}
		createPlan(pilot);
		if (phase == Phase.APPROVE_PLAN) {
			return pilot;
		}
		decidePlan(pilot, "approve");
		if (phase == Phase.IMPLEMENTATION) {
			return pilot;
		}
		implementMilestones(pilot, milestones.ids.size());
		if (phase == Phase.DOCUMENTATION) {
			return pilot;
		}
		writeDocumentation(pilot);
		if (phase == Phase.REVIEW) {
			return pilot;
		}
		decideDocumentation(pilot, "approve");
		if (phase == Phase.FEEDBACK) {
			return pilot;
		}
		recordFeedback(pilot);
		return pilot;
	}

	ProcessInstance start() {
		return runtimeService().startProcessInstanceByKey("pilot-implementation", "P-2026-0001",
				vars("pilotId", "00000000-0000-0000-0000-000000000001", "pilotReference", "P-2026-0001",
						"municipalityName", "Universitätsstadt Tübingen", "title", "Globales Lernen"));
	}

	ProcessInstance toPlanApproval() {
		return walkTo(Phase.APPROVE_PLAN);
	}

	ProcessInstance toDocumentation() {
		return walkTo(Phase.REVIEW);
	}

	void acceptEnquiry(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("Task_CheckEnquiry");
		complete(task(pilot), vars("enquiryDecision", "accept"));
	}

	void captureNeeds(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("Task_CaptureNeeds");
		assertThat(task(pilot)).hasCandidateGroup("coordinators");
		complete(task(pilot), vars("topic", "EDUCATION", "primarySdg", 4, "budget", 3000.0));
	}

	void choosePractice(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("Task_ChoosePractice");
		assertThat(pilot).hasPassed("Task_RecommendPractices");
		assertThat(recorder.calls()).contains("offerPractices:PRACTICE_SELECTION");
		complete(task(pilot), vars("practiceCode", "BP-06"));
	}

	void assignExpert(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("CallActivity_AssignExpert");
		Task select = taskQuery().taskDefinitionKey("Task_SelectExpert").singleResult();
		complete(select, vars("expertId", "expert-1", "expertUser", "expertin", "expertName", "Amina Yılmaz",
				"consultationDays", 4));
		Task answer = taskQuery().taskDefinitionKey("Task_AnswerRequest").singleResult();
		assertThat(answer).isAssignedTo("expertin");
		complete(answer, vars("requestAnswer", "accept"));
	}

	void kickOff(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("Task_KickOff");
		complete(task(pilot));
	}

	void createPlan(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("Task_CreatePlan");
		assertThat(task(pilot)).isAssignedTo("expertin");
		complete(task(pilot));
	}

	void decidePlan(ProcessInstance pilot, String decision) {
		assertThat(pilot).isWaitingAt("Task_ApprovePlan");
		complete(task(pilot), vars("planDecision", decision, "planComment", "rework".equals(decision) ? "genauer" : ""));
	}

	void implementMilestones(ProcessInstance pilot, int count) {
		for (int i = 0; i < count; i++) {
			Task milestone = taskQuery().taskDefinitionKey("Task_ImplementMilestone").singleResult();
			assertThat(milestone).isAssignedTo("expertin");
			assertThat(milestone.getDueDate()).isNotNull();
			complete(milestone);
		}
	}

	void writeDocumentation(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("Task_WriteDocumentation");
		assertThat(task(pilot)).isAssignedTo("expertin");
		complete(task(pilot));
	}

	void decideDocumentation(ProcessInstance pilot, String decision) {
		assertThat(pilot).isWaitingAt("Task_ReviewDocumentation");
		complete(task(pilot), vars("documentationDecision", decision));
	}

	void recordFeedback(ProcessInstance pilot) {
		assertThat(pilot).isWaitingAt("Task_RecordFeedback");
		complete(task(pilot));
	}

	void decideClosure(ProcessInstance pilot, String decision) {
		assertThat(pilot).isWaitingAt("Task_ApproveClosure");
		assertThat(task(pilot)).hasCandidateGroup("leads");
		complete(task(pilot), vars("closureDecision", decision));
	}

	static Task task(ProcessInstance pilot) {
		return taskQuery().processInstanceId(pilot.getId()).singleResult();
	}

	long historyCount(String activityId) {
		return engine.getProcessEngine().getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId)
				.count();
	}
}
