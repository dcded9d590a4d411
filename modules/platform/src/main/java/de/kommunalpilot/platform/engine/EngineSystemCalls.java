package de.kommunalpilot.platform.engine;

import java.util.List;
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

	/**
	 * Runs engine calls with the engine's authorizations for the user (and their groups), restoring
	 * whatever authentication the thread had before.
	 */
	public <T> T asUser(String userId, Supplier<T> call) {
		var identity = engine.getIdentityService();
		var previous = identity.getCurrentAuthentication();
		List<String> groups = run(() -> identity.createGroupQuery().groupMember(userId).list().stream()
				.map(org.camunda.bpm.engine.identity.Group::getId).toList());
		identity.setAuthentication(userId, groups);
		try {
			return call.get();
		}
		finally {
			if (previous == null) {
				identity.clearAuthentication();
			}
			else {
				identity.setAuthentication(previous);
			}
		}
	}

	public void run(Runnable call) {
		run(() -> {
			call.run();
			return null;
		});
	}

	/** Who the engine works for now: the signed-in user, or {@code system} for timers and the public pages. */
	public String currentUserId() {
		org.camunda.bpm.engine.impl.identity.Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
		return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
	}
}
