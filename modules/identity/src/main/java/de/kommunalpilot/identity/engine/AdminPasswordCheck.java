package de.kommunalpilot.identity.engine;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start outside the demo profile unless the administrator's password comes from the
 * environment: no default password reaches a real installation. Runs before anything is started.
 */
class AdminPasswordCheck implements EnvironmentPostProcessor {

	static final String PROPERTY = "kommunalpilot.admin.password";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
		if (!demo && !StringUtils.hasText(environment.getProperty(PROPERTY))) {
			throw new MissingAdminPasswordException();
		}
	}

	static class MissingAdminPasswordException extends IllegalStateException {

		MissingAdminPasswordException() {
			super("No administrator password configured: outside the demo profile Kommunalpilot needs "
					+ "KOMMUNALPILOT_ADMIN_PASSWORD (property " + PROPERTY + ").");
		}
	}
}
