package de.kommunalpilot.platform.engine;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.AdvisoryLocks;

/**
 * Nodes that start at the same moment do their start-up work one after the other. The engine creates or updates its
 * tables without a lock of its own (two nodes on an empty database collide on {@code pg_type}), and the start-up work
 * after it checks before it writes — the identity's users, groups and filters, the shipped municipality register, the
 * demo data — which two nodes would both pass. So each node holds a PostgreSQL advisory lock from the engine's
 * configuration until it is ready (the last listener of {@link ApplicationReadyEvent}); a second node waits and then
 * finds everything there. The lock is the session's: a node that dies while holding it lets go with its connection,
 * and one whose start fails lets go when its context closes.
 */
@Component
public class StartupLock extends AbstractProcessEnginePlugin implements DisposableBean {

	/** „KPENGINE“: the lock's key, the same on every node. */
	public static final long KEY = 0x4b50454e47494e45L;

	private final DataSource dataSource;
	private final boolean untilReady;
	private AdvisoryLocks.Held held;

	/** In the application: held until the application is ready. */
	@Autowired
	public StartupLock(DataSource dataSource) {
		this(dataSource, true);
	}

	private StartupLock(DataSource dataSource, boolean untilReady) {
		this.dataSource = dataSource;
		this.untilReady = untilReady;
	}

	/** For an engine of its own, without the application around it: held until the engine is built. */
	public static StartupLock untilEngineBuilt(DataSource dataSource) {
		return new StartupLock(dataSource, false);
	}

	@Override
	public synchronized void preInit(ProcessEngineConfigurationImpl configuration) {
		if (held == null) {
			held = AdvisoryLocks.hold(dataSource, KEY);
		}
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		if (!untilReady) {
			release();
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	public void onReady() {
		release();
	}

	@Override
	public void destroy() {
		release();
	}

	synchronized void release() {
		if (held != null) {
			held.close();
			held = null;
		}
	}
}
