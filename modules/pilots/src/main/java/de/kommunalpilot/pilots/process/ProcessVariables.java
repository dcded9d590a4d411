package de.kommunalpilot.pilots.process;

/**
 * Names of the process variables of {@code pilot-implementation} and {@code expert-assignment}, in one
 * place. Variables hold ids and small values, never entities.
 */
final class ProcessVariables {

	static final String PILOT_PROCESS = "pilot-implementation";
	static final String ASSIGNMENT_PROCESS = "expert-assignment";
	static final String MESSAGE_CANCELLED = "PilotCancelled";
	static final String MESSAGE_PROBLEM = "ProblemReported";

	static final String PILOT_ID = "pilotId";
	static final String REFERENCE = "pilotReference";
	static final String MUNICIPALITY = "municipalityName";
	static final String TITLE = "title";
	static final String PHASE = "phase";

	static final String ENQUIRY_DECISION = "enquiryDecision";
	static final String DECLINE_REASON = "declineReason";
	static final String RECOMMENDED = "recommendedPractices";
	static final String PRACTICE_OPTIONS = "practiceOptions";
	static final String PRACTICE_CODE = "practiceCode";
	static final String NEEDS = "needs";

	static final String EXPERT_OPTIONS = "expertOptions";
	static final String EXPERT_ID = "expertId";
	static final String EXPERT_USER = "expertUser";
	static final String EXPERT_NAME = "expertName";
	static final String CONSULTATION_DAYS = "consultationDays";
	static final String REQUEST_ANSWER = "requestAnswer";

	static final String MILESTONES = "milestones";
	static final String MILESTONE_ID = "milestoneId";
	static final String MILESTONE_TITLE = "milestoneTitle";
	static final String MILESTONE_DUE = "milestoneDue";
	static final String PLAN_DECISION = "planDecision";
	static final String PLAN_SUMMARY = "planSummary";
	static final String PLAN_COMMENT = "planComment";

	static final String PROBLEM_ID = "problemId";
	static final String PROBLEM_DESCRIPTION = "problemDescription";
	static final String PROBLEM_REPORTED_BY = "problemReportedBy";
	static final String CANCELLATION_REASON = "cancellationReason";

	static final String DOCUMENTATION_DECISION = "documentationDecision";
	static final String DOCUMENTATION_COMMENT = "documentationComment";
	static final String CLOSURE_DECISION = "closureDecision";
	static final String CLOSURE_COMMENT = "closureComment";

	private ProcessVariables() {
	}
}
