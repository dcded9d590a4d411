package de.kommunalpilot.experts.process;

import static de.kommunalpilot.platform.FormFields.number;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.InvalidInputException.Collector;
import de.kommunalpilot.platform.TaskFormValidator;
import de.kommunalpilot.platform.TaskForms;

/**
 * "Profil prüfen": the rules of its form (also checked before Tasklist's submission reaches the engine)
 * and what its completion writes to the expert.
 */
@Component("onboardingTaskCompleted")
class OnboardingTaskCompleted implements TaskListener, TaskFormValidator {

	private final TaskForms forms;
	private final Experts experts;

	OnboardingTaskCompleted(@org.springframework.context.annotation.Lazy TaskForms forms, Experts experts) {
		this.forms = forms;
		this.experts = experts;
	}

	@Override
	public boolean supports(String processDefinitionKey) {
		return EngineOnboardingWorkflow.PROCESS.equals(processDefinitionKey);
	}

	@Override
	public void validate(String task, Map<String, Object> v, Collector violations) {
		if ("Task_ReviewProfile".equals(task)) {
			FormFields.oneOf(violations, "profileDecision", v.get("profileDecision"), List.of("accept", "reject"),
					"Bitte aufnehmen oder ablehnen.");
			if ("accept".equals(v.get("profileDecision"))) {
				FormFields.numberBetween(violations, "dailyFee", v.get("dailyFee"), BigDecimal.valueOf(100), BigDecimal.valueOf(2000), true,
						"Der Tagessatz liegt zwischen 100 und 2.000 EUR.");
			}
			if ("reject".equals(v.get("profileDecision"))) {
				FormFields.requiredText(violations, "reviewNote", v.get("reviewNote"), 2000, "eine Begründung");
			}
		}
	}

	@Override
	public void notify(DelegateTask task) {
		forms.validate(EngineOnboardingWorkflow.PROCESS, task.getTaskDefinitionKey(), task.getVariables());
		boolean accepted = "accept".equals(task.getVariable("profileDecision"));
		experts.review(ExpertId.of((String) task.getVariable("expertId")), accepted,
				accepted ? number(task.getVariable("dailyFee")) : null, FormValues.text(task.getVariable("reviewNote")));
	}
}
