package de.kommunalpilot.platform.engine;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Process instances that started on an earlier version of the BPMN still name the completion listeners
 * their user tasks had then ({@code ${taskCompleted}} and one per module). {@link UserTaskPlugin} now
 * binds the handlers to every user task of every version, so these names resolve to listeners that do
 * nothing: running cases go on without a migration.
 */
@Configuration(proxyBeanMethods = false)
class FormerCompletionListeners {

	private static final TaskListener NOTHING = task -> {
	};

	@Bean("taskCompleted")
	TaskListener taskCompleted() {
		return NOTHING;
	}

	@Bean("loanTaskCompleted")
	TaskListener loanTaskCompleted() {
		return NOTHING;
	}

	@Bean("meetingTaskCompleted")
	TaskListener meetingTaskCompleted() {
		return NOTHING;
	}

	@Bean("onboardingTaskCompleted")
	TaskListener onboardingTaskCompleted() {
		return NOTHING;
	}
}
