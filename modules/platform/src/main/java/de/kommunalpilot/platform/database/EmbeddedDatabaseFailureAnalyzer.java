package de.kommunalpilot.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a second start on the same data directory into a short, actionable start-up message.
 */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUseException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUseException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Stop the other Kommunalpilot instance, or start this one with another folder "
						+ "(--kommunalpilot.embedded-database.data-directory=...) or an external database "
						+ "(SPRING_DATASOURCE_URL).",
				cause);
	}
}
