package de.kommunalpilot.identity.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordCheck.MissingAdminPasswordException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordCheck.MissingAdminPasswordException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set the environment variable KOMMUNALPILOT_ADMIN_PASSWORD, or start the demo profile "
						+ "(SPRING_PROFILES_ACTIVE=demo) for a local trial with demo users.",
				cause);
	}
}
