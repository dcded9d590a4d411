package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.engine.StartupLock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two nodes starting at the same moment on one empty PostgreSQL, as an orchestrator starts them: with the start-up lock
 * both build their engine — the second waits for the first's schema — and the schema is there once.
 */
class StartupLockTests {

	static StandaloneProcessEngineConfiguration node(String name, DataSource database) {
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName(name);
		configuration.setDataSource(database);
		configuration.setDatabaseType("postgres");
		configuration.setDatabaseSchemaUpdate("true");
		configuration.setJobExecutorActivate(false);
		configuration.setHistory("full");
		configuration.getProcessEnginePlugins().add(StartupLock.untilEngineBuilt(database));
		return configuration;
	}

	/** While one node holds the lock, another one's engine does not touch the schema: it waits, and then comes. */
	@Test
	void aNodeWaitsForTheLockBeforeTouchingTheSchema() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource database = postgres.getPostgresDatabase();
			ExecutorService node = Executors.newSingleThreadExecutor();
			try (var other = database.getConnection(); var statement = other.createStatement()) {
				statement.execute("select pg_advisory_lock(" + StartupLock.KEY + ")");
				Future<ProcessEngine> waiting = node.submit(() -> node("waiting", database).buildProcessEngine());
				org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> {
					try (var rows = other.createStatement().executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
						rows.next();
						return rows.getInt(1) == 1;
					}
				});
				try (var rows = other.createStatement().executeQuery("select count(*) from pg_tables where tablename like 'act_%'")) {
					rows.next();
					assertThat(rows.getInt(1)).as("no engine table while the lock is held elsewhere").isZero();
				}
				assertThat(waiting).isNotDone();
				statement.execute("select pg_advisory_unlock(" + StartupLock.KEY + ")");
				ProcessEngine engine = waiting.get(120, TimeUnit.SECONDS);
				assertThat(engine.getManagementService().getTableCount()).isNotEmpty();
				engine.close();
			}
			finally {
				node.shutdownNow();
			}
		}
	}

	/**
	 * In the application the lock outlasts the engine's build: identity, filters, the register and the demo data come
	 * after it, and check before they write. It goes when the node is ready, or when its context closes.
	 */
	@Test
	void inTheApplicationTheLockIsHeldUntilTheNodeIsReady() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource database = postgres.getPostgresDatabase();
			StartupLock lock = new StartupLock(database);
			lock.preInit(null);
			lock.postProcessEngineBuild(null);
			assertThat(heldStartupLocks(database)).as("after the engine's build").isOne();
			lock.onReady();
			assertThat(heldStartupLocks(database)).as("once ready").isZero();

			StartupLock failing = new StartupLock(database);
			failing.preInit(null);
			failing.destroy();
			assertThat(heldStartupLocks(database)).as("after a failed start's context closed").isZero();
		}
	}

	private static int heldStartupLocks(DataSource database) throws java.sql.SQLException {
		try (var connection = database.getConnection(); var rows = connection.createStatement().executeQuery(
				"select count(*) from pg_locks where locktype = 'advisory' and granted and ((classid::bigint << 32) | objid::bigint) = "
						+ StartupLock.KEY)) {
			rows.next();
			return rows.getInt(1);
		}
	}

	@Test
	void twoEnginesStartedAtOnceOnAnEmptyDatabaseBothCome() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			DataSource database = postgres.getPostgresDatabase();
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			List<Future<ProcessEngine>> engines = new ArrayList<>();
			for (int node = 1; node <= 2; node++) {
				String name = "node-" + node;
				Callable<ProcessEngine> build = () -> {
					StandaloneProcessEngineConfiguration configuration = node(name, database);
					start.await();
					return configuration.buildProcessEngine();
				};
				engines.add(nodes.submit(build));
			}
			start.countDown();
			List<ProcessEngine> built = new ArrayList<>();
			try {
				for (Future<ProcessEngine> engine : engines) {
					built.add(engine.get(120, TimeUnit.SECONDS));
				}
				assertThat(built).hasSize(2).allSatisfy(engine -> assertThat(engine.getManagementService().getTableCount()).isNotEmpty());
				try (var connection = database.getConnection(); var rows = connection.createStatement()
						.executeQuery("select count(*) from pg_tables where tablename = 'act_ru_task'")) {
					rows.next();
					assertThat(rows.getInt(1)).isOne();
				}
			}
			finally {
				built.forEach(ProcessEngine::close);
				nodes.shutdownNow();
			}
		}
	}
}
