package de.kommunalpilot.platform;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the engine's authorization checks, for steps whose permission the domain has
 * already checked (an expert reporting a problem on their own pilot, a coordinator cancelling one) or
 * that only look something up for a check of their own. Joins the caller's transaction.
 */
@Component
public class EngineSystemCalls {

	private final ProcessEngineConfigurationImpl engine;

	EngineSystemCalls(ProcessEngineConfigurationImpl engine) {
		this.engine = engine;
	}

	public <T> T run(Supplier<T> call) {
		return engine.getCommandExecutorTxRequired().execute(context -> {
			boolean enabled = context.isAuthorizationCheckEnabled();
			context.disableAuthorizationCheck();
			try {
				return call.get();
			}
			finally {
				if (enabled) {
					context.enableAuthorizationCheck();
				}
			}
		});
	}

	public void run(Runnable call) {
		run(() -> {
			call.run();
			return null;
		});
	}
}
