package de.kommunalpilot.identity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** The delay per client address: free attempts, then a doubling wait, cleared by a success. */
class LoginThrottleTests {

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-12-01T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@Test
	void delaysAnAddressAfterItsFreeFailuresAndNeverForGood() {
		MutableClock clock = new MutableClock();
		LoginThrottle throttle = new LoginThrottle(clock);
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			assertThat(throttle.admits("203.0.113.5")).isTrue();
			throttle.failed("203.0.113.5", "admin");
		}
		assertThat(throttle.admits("203.0.113.5")).as("the first delay").isFalse();
		assertThat(throttle.admits("198.51.100.7")).as("another address").isTrue();
		clock.now = clock.now.plusSeconds(1);
		assertThat(throttle.admits("203.0.113.5")).isTrue();

		for (int i = 0; i < 40; i++) {
			throttle.failed("203.0.113.5", "admin");
		}
		assertThat(throttle.admits("203.0.113.5")).isFalse();
		clock.now = clock.now.plus(LoginThrottle.MAX_DELAY);
		assertThat(throttle.admits("203.0.113.5")).as("the delay has a ceiling").isTrue();
	}

	@Test
	void growsTheDelayUpToItsCeiling() {
		assertThat(LoginThrottle.delay(LoginThrottle.FREE_FAILURES)).isEqualTo(Duration.ofSeconds(1));
		assertThat(LoginThrottle.delay(LoginThrottle.FREE_FAILURES + 3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(LoginThrottle.delay(LoginThrottle.FREE_FAILURES + 100)).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	@Test
	void aSuccessClearsTheAddress() {
		LoginThrottle throttle = new LoginThrottle(new MutableClock());
		for (int i = 0; i < LoginThrottle.FREE_FAILURES + 5; i++) {
			throttle.failed("203.0.113.6", "koordination");
		}
		throttle.succeeded("203.0.113.6");
		assertThat(throttle.admits("203.0.113.6")).isTrue();
	}
}
