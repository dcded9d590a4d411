package de.kommunalpilot.platform.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.platform.TaskCompletions;

@Configuration(proxyBeanMethods = false)
class EngineWebConfiguration {

	@Bean
	FilterRegistrationBean<EngineRestGuard> engineRestGuard(TaskCompletions completions, TaskStates states, TaskService taskService,
			IdentityService identityService, RepositoryService repositoryService, EngineSystemCalls systemCalls) {
		FilterRegistrationBean<EngineRestGuard> registration = new FilterRegistrationBean<>(
				new EngineRestGuard(completions, states, taskService, identityService, repositoryService, systemCalls));
		registration.setName("kommunalpilot-engine-rest-guard");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// after authentication (Spring Security, then the engine's), before the engine's REST resources
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}

	@Bean
	FilterRegistrationBean<TasklistPluginExclusion> tasklistPluginExclusion(StartableProcesses startable) {
		FilterRegistrationBean<TasklistPluginExclusion> registration = new FilterRegistrationBean<>(new TasklistPluginExclusion(startable));
		registration.setName("kommunalpilot-tasklist-plugin-exclusion");
		registration.addUrlPatterns("/camunda/app/tasklist/*");
		// after authentication, around the webapps' filter that serves Tasklist's page
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
		return registration;
	}
}
