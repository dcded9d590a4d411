package de.kommunalpilot.identity.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user that Spring Security authenticated to the Camunda webapps and the engine's REST API.
 * Both read the principal of the request (Spring Security's servlet API integration provides it);
 * the webapps keep it in the session, the REST API sets it for the one request. The filters run right
 * after Spring Security's and before the webapps' own authentication filter.
 */
@Configuration(proxyBeanMethods = false)
class CamundaWebAuthenticationConfiguration {

	private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("kommunalpilot-webapp-authentication");
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthenticationFilter() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("kommunalpilot-engine-rest-authentication");
		registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiEngineAuthenticationFilter> apiEngineAuthenticationFilter(IdentityService identityService) {
		FilterRegistrationBean<ApiEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiEngineAuthenticationFilter(identityService));
		registration.setName("kommunalpilot-api-engine-authentication");
		registration.addUrlPatterns("/api/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}

	/** Before the webapps' own filters, so it sees the policy header and the page they write ({@link WebappNonces}). */
	@Bean
	FilterRegistrationBean<WebappNonces> webappNonces() {
		FilterRegistrationBean<WebappNonces> registration = new FilterRegistrationBean<>(new WebappNonces());
		registration.setName("kommunalpilot-webapp-nonces");
		registration.addUrlPatterns("/camunda/app/*");
		registration.setOrder(AFTER_SPRING_SECURITY);
		return registration;
	}
}
