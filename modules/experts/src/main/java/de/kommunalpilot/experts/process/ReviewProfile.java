package de.kommunalpilot.experts.process;

import org.springframework.stereotype.Component;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;
import de.kommunalpilot.platform.UserTask;

/** „Profil prüfen“: accept with the daily fee offered, or reject with a reason; the expert checks both. */
@Component
class ReviewProfile implements UserTask {

	private final Experts experts;

	ReviewProfile(Experts experts) {
		this.experts = experts;
	}

	@Override
	public String process() {
		return EngineOnboardingWorkflow.PROCESS;
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows("registrationReference", "expertName", "organisation", "applicantEmail", "languagesLabel", "countriesLabel",
				"sdgsLabel", "topicsLabel", "regionsLabel", "profile").accepts(
						FormField.choice("profileDecision", "Aufnehmen oder Ablehnen", "accept", "reject").mandatory(),
						FormField.number("dailyFee", "den Tagessatz", Expert.MIN_DAILY_FEE, Expert.MAX_DAILY_FEE).mandatory()
								.when("profileDecision", "accept"),
						FormField.textarea("reviewNote", "eine Begründung", Expert.REVIEW_NOTE_MAX).mandatory().when("profileDecision", "reject"));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		boolean accepted = "accept".equals(input.text("profileDecision"));
		experts.review(experts.idOf(task.caseReference()), accepted, accepted ? input.number("dailyFee") : null, input.text("reviewNote"));
	}
}
