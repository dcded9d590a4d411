package de.kommunalpilot.platform.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Nodes that start at the same moment build the engine one after the other: the engine creates or updates its tables
 * without a lock of its own (two nodes on an empty database collide on {@code pg_type}), so each node holds a
 * PostgreSQL advisory lock from the engine's configuration until it is built — its schema made, its deployments done.
 * The lock is the session's: a node that dies while holding it lets go with its connection.
 */
@Component
public class EngineSchemaLock extends AbstractProcessEnginePlugin {

	/** „KPENGINE“: the lock's key, the same on every node. */
	public static final long KEY = 0x4b50454e47494e45L;

	private final DataSource dataSource;
	private Connection held;

	public EngineSchemaLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		try {
			held = dataSource.getConnection();
			try (Statement statement = held.createStatement()) {
				statement.execute("select pg_advisory_lock(" + KEY + ")");
			}
		}
		catch (SQLException e) {
			throw new ProcessEngineException("The engine's start-up lock could not be taken", e);
		}
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (held == null) {
			return;
		}
		try (Connection connection = held; Statement statement = connection.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException e) {
			throw new ProcessEngineException("The engine's start-up lock could not be released", e);
		}
		finally {
			held = null;
		}
	}
}
