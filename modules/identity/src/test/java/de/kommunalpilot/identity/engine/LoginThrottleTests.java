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
		LoginThrottle throttle = new LoginThrottle(clock, new LoginThrottle.LocalFailures());
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			assertThat(throttle.attempt("203.0.113.5").admitted()).isTrue();
			throttle.attempt("203.0.113.5").failed("admin");
		}
		assertThat(throttle.attempt("203.0.113.5").admitted()).as("the first delay").isFalse();
		assertThat(throttle.attempt("198.51.100.7").admitted()).as("another address").isTrue();
		clock.now = clock.now.plusSeconds(1);
		assertThat(throttle.attempt("203.0.113.5").admitted()).isTrue();

		for (int i = 0; i < 40; i++) {
			throttle.attempt("203.0.113.5").failed("admin");
		}
		assertThat(throttle.attempt("203.0.113.5").admitted()).isFalse();
		clock.now = clock.now.plus(LoginThrottle.MAX_DELAY);
		assertThat(throttle.attempt("203.0.113.5").admitted()).as("the delay has a ceiling").isTrue();
	}

	@Test
	void growsTheDelayUpToItsCeiling() {
		assertThat(LoginThrottle.delay(LoginThrottle.FREE_FAILURES)).isEqualTo(Duration.ofSeconds(1));
		assertThat(LoginThrottle.delay(LoginThrottle.FREE_FAILURES + 3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(LoginThrottle.delay(LoginThrottle.FREE_FAILURES + 100)).isEqualTo(LoginThrottle.MAX_DELAY);
	}

	@Test
	void aSuccessClearsTheAddress() {
		LoginThrottle throttle = new LoginThrottle(new MutableClock(), new LoginThrottle.LocalFailures());
		for (int i = 0; i < LoginThrottle.FREE_FAILURES + 5; i++) {
			throttle.attempt("203.0.113.6").failed("koordination");
		}
		throttle.attempt("203.0.113.6").succeeded();
		assertThat(throttle.attempt("203.0.113.6").admitted()).isTrue();
	}
}
