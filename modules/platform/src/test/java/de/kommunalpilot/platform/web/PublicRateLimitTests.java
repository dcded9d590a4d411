package de.kommunalpilot.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitTests {

	final PublicRateLimit limit = new PublicRateLimit(3, Duration.ofMinutes(10));

	MockHttpServletResponse post(String path, String address) throws Exception {
		return post(path, path, address);
	}

	/** As the container hands a request over: the raw URI, and the servlet path it decoded and normalised. */
	MockHttpServletResponse post(String rawUri, String decodedPath, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", rawUri);
		request.setServletPath(decodedPath);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		limit.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void answersTooManySubmissionsFromOneAddressWithAGermanPage() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(post("/oeffentlich/ausstellung", "203.0.113.7").getStatus()).isEqualTo(200);
		}

		MockHttpServletResponse refused = post("/oeffentlich/anfrage", "203.0.113.7");

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("600");
		assertThat(refused.getContentAsString()).contains("Zu viele Anfragen", "10 Minuten");
		assertThat(post("/oeffentlich/ausstellung", "198.51.100.1").getStatus()).as("another address").isEqualTo(200);
	}

	@Test
	void countsEncodedAndDecoratedPathsAgainstTheSameLimit() throws Exception {
		assertThat(post("/oeffentlich/anfrage", "/oeffentlich/anfrage", "203.0.113.9").getStatus()).isEqualTo(200);
		assertThat(post("/%6Feffentlich/anfrage", "/oeffentlich/anfrage", "203.0.113.9").getStatus()).isEqualTo(200);
		assertThat(post("/oeffentlich/anfrage;jsessionid=1", "/oeffentlich/anfrage", "203.0.113.9").getStatus()).isEqualTo(200);
		assertThat(post("/Oeffentlich//anfrage/", "/Oeffentlich//anfrage/", "203.0.113.9").getStatus()).isEqualTo(429);
	}

	@Test
	void leavesPagesOutsideThePublicAreaAndReadingAlone() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(post("/pilotvorhaben/P-2026-0001/notizen", "203.0.113.8").getStatus()).isEqualTo(200);
			MockHttpServletRequest read = new MockHttpServletRequest("GET", "/oeffentlich/ausstellung");
			read.setServletPath("/oeffentlich/ausstellung");
			read.setRemoteAddr("203.0.113.8");
			MockHttpServletResponse response = new MockHttpServletResponse();
			limit.doFilter(read, response, new MockFilterChain());
			assertThat(response.getStatus()).isEqualTo(200);
		}
	}

	@Test
	void admitsAgainOnceTheWindowHasPassed() {
		MutableClock clock = new MutableClock();
		PublicRateLimit perMinute = new PublicRateLimit(1, Duration.ofMinutes(1), clock);
		assertThat(perMinute.admit("192.0.2.1")).isTrue();
		assertThat(perMinute.admit("192.0.2.1")).isFalse();

		clock.now = clock.now.plusSeconds(61);

		assertThat(perMinute.admit("192.0.2.1")).isTrue();
	}

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-11-25T10:00:00Z");

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
}
