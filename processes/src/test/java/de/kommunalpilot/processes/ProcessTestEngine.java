package de.kommunalpilot.processes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The engine for process tests: the real Camunda engine on a real PostgreSQL (one embedded server per
 * test JVM), delegates replaced by {@link org.camunda.bpm.engine.test.mock.Mocks}, timers driven by the
 * tests, flow-node coverage measured and asserted per test class.
 */
final class ProcessTestEngine {

	private static EmbeddedPostgres postgres;

	private ProcessTestEngine() {
	}

	static ProcessEngineCoverageExtension extension(double minimumCoverage, String... excludedProcesses) {
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("process-tests-" + System.nanoTime());
		configuration.setJdbcUrl(postgres().getJdbcUrl("postgres", "postgres"));
		configuration.setJdbcDriver("org.postgresql.Driver");
		configuration.setJdbcUsername("postgres");
		configuration.setJdbcPassword("");
		configuration.setDatabaseSchemaUpdate("true");
		configuration.setHistory("full");
		configuration.setJobExecutorActivate(false);
		configuration.setExpressionManager(new MockExpressionManager());
		configuration.setDefaultSerializationFormat("application/json");
		configuration.setEnforceHistoryTimeToLive(true);
		configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
		ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
		return ProcessEngineCoverageExtension.builder(configuration)
				.assertClassCoverageAtLeast(minimumCoverage)
				.excludeProcessDefinitionKeys(excludedProcesses)
				.build();
	}

	private static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return postgres;
	}
}
