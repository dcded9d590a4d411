package de.kommunalpilot.platform.engine;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.platform.TaskForms;

@Configuration(proxyBeanMethods = false)
class EngineWebConfiguration {

	@Bean
	FilterRegistrationBean<FormSubmissionValidationFilter> formSubmissionValidationFilter(RepositoryService repositoryService,
			TaskForms forms) {
		FilterRegistrationBean<FormSubmissionValidationFilter> registration = new FilterRegistrationBean<>(
				new FormSubmissionValidationFilter(repositoryService, forms));
		registration.setName("kommunalpilot-form-validation");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// after authentication (Spring Security, then the engine's), before the engine's REST resources
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}
}
