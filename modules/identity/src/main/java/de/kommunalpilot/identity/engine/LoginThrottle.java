package de.kommunalpilot.identity.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing from one client address: after {@link #FREE_FAILURES} failed logins each further
 * attempt waits a growing delay (one second, doubling, at most {@link #MAX_DELAY}); a successful login
 * clears it. Together with the engine's delay per account (which never locks for good) nobody can lock
 * someone else out permanently. Every failed attempt is logged with the account and the address.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 20;
	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final Clock clock;
	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	@Autowired
	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	private record Failures(int count, long last) {
	}

	/** Whether a login from the address may be tried now. */
	boolean admits(String address) {
		Failures recent = failures.get(address);
		return recent == null || recent.count() < FREE_FAILURES || clock.millis() >= recent.last() + delay(recent.count()).toMillis();
	}

	void failed(String address, String userId) {
		Failures now = failures.merge(address, new Failures(1, clock.millis()), (old, one) -> new Failures(old.count() + 1, one.last()));
		log.warn("Failed login for '{}' from {} ({} in a row from this address)", userId, address, now.count());
		if (failures.size() > 10_000) {
			long since = clock.millis() - MAX_DELAY.toMillis();
			failures.values().removeIf(f -> f.last() < since);
		}
	}

	void succeeded(String address) {
		failures.remove(address);
	}

	static Duration delay(int count) {
		int beyond = Math.max(0, count - FREE_FAILURES);
		return beyond >= 20 ? MAX_DELAY : Duration.ofSeconds(Math.min(MAX_DELAY.toSeconds(), 1L << beyond));
	}
}
