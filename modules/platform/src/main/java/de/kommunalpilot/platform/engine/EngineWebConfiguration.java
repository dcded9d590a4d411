package de.kommunalpilot.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.platform.TaskFormValidator;
import de.kommunalpilot.platform.TaskStates;

@Configuration(proxyBeanMethods = false)
class EngineWebConfiguration {

	@Bean
	FilterRegistrationBean<FormSubmissionValidationFilter> formSubmissionValidationFilter(TaskService taskService,
			RepositoryService repositoryService, List<TaskFormValidator> validators, TaskStates tasks) {
		FilterRegistrationBean<FormSubmissionValidationFilter> registration = new FilterRegistrationBean<>(
				new FormSubmissionValidationFilter(taskService, repositoryService, validators, tasks));
		registration.setName("kommunalpilot-form-validation");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// after authentication (Spring Security, then the engine's), before the engine's REST resources
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}
}
