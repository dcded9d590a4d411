package de.kommunalpilot.experts.process;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.OnboardingWorkflow;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.platform.CaseTaskNaming;
import de.kommunalpilot.platform.engine.EngineSystemCalls;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.Topic;

/**
 * The engine side of {@link OnboardingWorkflow}: the business key is the registration's reference; the
 * review form shows the profile from the variables set at the start.
 */
@Component
class EngineOnboardingWorkflow implements OnboardingWorkflow {

	static final String PROCESS = "expert-onboarding";

	private final RuntimeService runtime;
	private final EngineSystemCalls systemCalls;
	private final Municipalities municipalities;
	private final HistoryService history;

	EngineOnboardingWorkflow(RuntimeService runtime, EngineSystemCalls systemCalls, Municipalities municipalities,
			HistoryService history) {
		this.history = history;
		this.runtime = runtime;
		this.systemCalls = systemCalls;
		this.municipalities = municipalities;
	}

	@Override
	public void start(Expert expert) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("expertId", expert.id().toString());
		variables.put("registrationReference", expert.reference());
		variables.put("expertName", expert.name());
		variables.put("organisation", expert.organisation() == null ? "–" : expert.organisation());
		variables.put("applicantEmail", expert.email());
		variables.put("languagesLabel", String.join(", ", expert.languages()));
		variables.put("countriesLabel", expert.countries().isEmpty() ? "–" : String.join(", ", expert.countries()));
		variables.put("sdgsLabel", expert.sdgs().stream().sorted().map(n -> Sdg.of(n).label()).collect(Collectors.joining("; ")));
		variables.put("topicsLabel", expert.topics().stream().map(Topic::label).collect(Collectors.joining(", ")));
		variables.put("regionsLabel", expert.regions().stream().sorted().map(key -> municipalities.district(key).name())
				.collect(Collectors.joining(", ")));
		variables.put("profile", expert.profile());
		systemCalls.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(expert.reference()).setVariables(variables)
				.execute());
	}

	@Override
	public void consentConfirmed(Expert expert, String userId) {
		systemCalls.run(() -> runtime.createMessageCorrelation("ConsentConfirmed").processInstanceBusinessKey(expert.reference())
				.setVariable("expertUser", userId).correlateWithResult());
	}

	@Override
	public void forget(Expert expert) {
		systemCalls.run(() -> {
			runtime.createProcessInstanceQuery().processInstanceBusinessKey(expert.reference()).list()
					.forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "Personenbezogene Daten gelöscht", true, true));
			history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(expert.reference()).list()
					.forEach(instance -> history.deleteHistoricProcessInstance(instance.getId()));
		});
	}

	@Bean
	static CaseTaskNaming onboardingTasks() {
		return new CaseTaskNaming(PROCESS, "Registrierung", "registrationReference", "expertName", null, null);
	}
}
