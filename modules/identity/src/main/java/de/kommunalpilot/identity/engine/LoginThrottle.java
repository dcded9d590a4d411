package de.kommunalpilot.identity.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing from one client address: after {@link #FREE_FAILURES} failed logins each further
 * attempt waits a growing delay (one second, doubling, at most {@link #MAX_DELAY}); a successful login
 * clears it. Together with the engine's delay per account (which never locks for good) nobody can lock
 * someone else out permanently. Every failed attempt is logged with the account and the address.
 * The failures are counted in the database ({@code identity_login_failure}), so every node of a cluster
 * delays the same address.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 20;
	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final Clock clock;
	private final Failures failures;

	@Autowired
	LoginThrottle(JdbcTemplate jdbc) {
		this(Clock.systemUTC(), new SharedFailures(jdbc));
	}

	LoginThrottle(Clock clock, Failures failures) {
		this.clock = clock;
		this.failures = failures;
	}

	/** Failed logins in a row of one address, and when the last one was. */
	record Recent(int count, long last) {
	}

	/** Where the failures are counted. */
	interface Failures {

		Optional<Recent> of(String address);

		/** Counts one more failure at {@code now}; the count in a row. Forgets addresses quiet since {@code forgetBefore}. */
		int add(String address, long now, long forgetBefore);

		void clear(String address);

		/** Forgets the addresses quiet since then. */
		void forget(long before);
	}

	/** Client addresses are personal data: an address's failures are kept a day after its last one at most. */
	@Scheduled(cron = "${kommunalpilot.retention.cron:0 30 1 * * *}", zone = "Europe/Berlin")
	void forgetQuietAddresses() {
		failures.forget(clock.millis() - Duration.ofDays(1).toMillis());
	}

	/**
	 * Whether a login from the address may be tried now. A success afterwards clears the address, only if it has
	 * failures (so that a signed-in request costs one read).
	 */
	Attempt attempt(String address) {
		Optional<Recent> recent = failures.of(address);
		boolean admitted = recent.map(r -> r.count() < FREE_FAILURES || clock.millis() >= r.last() + delay(r.count()).toMillis()).orElse(true);
		return new Attempt(address, admitted, recent.isPresent());
	}

	/** One login attempt from an address. */
	final class Attempt {

		private final String address;
		private final boolean admitted;
		private final boolean hasFailures;

		private Attempt(String address, boolean admitted, boolean hasFailures) {
			this.address = address;
			this.admitted = admitted;
			this.hasFailures = hasFailures;
		}

		boolean admitted() {
			return admitted;
		}

		void failed(String userId) {
			int count = failures.add(address, clock.millis(), clock.millis() - MAX_DELAY.toMillis() * 2);
			log.warn("Failed login for '{}' from {} ({} in a row from this address)", userId, address, count);
		}

		void succeeded() {
			if (hasFailures) {
				failures.clear(address);
			}
		}
	}

	static Duration delay(int count) {
		int beyond = Math.max(0, count - FREE_FAILURES);
		return beyond >= 20 ? MAX_DELAY : Duration.ofSeconds(Math.min(MAX_DELAY.toSeconds(), 1L << beyond));
	}

	/** Counted in the database: every node sees every node's failures. */
	static final class SharedFailures implements Failures {

		private final JdbcTemplate jdbc;

		SharedFailures(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public Optional<Recent> of(String address) {
			List<Recent> rows = jdbc.query("select failures, last_failed_at from identity_login_failure where address = ?",
					(rs, row) -> new Recent(rs.getInt(1), rs.getTimestamp(2).getTime()), address);
			return rows.stream().findFirst();
		}

		@Override
		public int add(String address, long now, long forgetBefore) {
			forget(forgetBefore);
			Integer count = jdbc.queryForObject("""
					insert into identity_login_failure (address, failures, last_failed_at) values (?, 1, ?)
					on conflict (address) do update set failures = identity_login_failure.failures + 1, last_failed_at = excluded.last_failed_at
					returning failures
					""", Integer.class, address, Timestamp.from(Instant.ofEpochMilli(now)));
			return count == null ? 1 : count;
		}

		@Override
		public void clear(String address) {
			jdbc.update("delete from identity_login_failure where address = ?", address);
		}

		@Override
		public void forget(long before) {
			jdbc.update("delete from identity_login_failure where last_failed_at < ?", Timestamp.from(Instant.ofEpochMilli(before)));
		}
	}

	/** Counted in memory, for one node (and the unit tests). */
	static final class LocalFailures implements Failures {

		private final Map<String, Recent> failures = new ConcurrentHashMap<>();

		@Override
		public Optional<Recent> of(String address) {
			return Optional.ofNullable(failures.get(address));
		}

		@Override
		public int add(String address, long now, long forgetBefore) {
			Recent recent = failures.merge(address, new Recent(1, now), (old, one) -> new Recent(old.count() + 1, one.last()));
			if (failures.size() > 10_000) {
				forget(forgetBefore);
			}
			return recent.count();
		}

		@Override
		public void forget(long before) {
			failures.values().removeIf(f -> f.last() < before);
		}

		@Override
		public void clear(String address) {
			failures.remove(address);
		}
	}
}
