package de.kommunalpilot.platform.engine;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.AdvisoryLocks;

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
	private AdvisoryLocks.Held held;

	public EngineSchemaLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		held = AdvisoryLocks.hold(dataSource, KEY);
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (held != null) {
			held.close();
			held = null;
		}
	}
}
