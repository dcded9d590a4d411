package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The public forms' rate limit is counted in the database: submissions another node admitted count here, so a
 * client cannot multiply the limit by the number of nodes behind the proxy; old counts do not.
 */
@IntegrationTest
class SharedRateLimitIntegrationTests {

	static final String CLIENT = "198.51.100.77";

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Value("${kommunalpilot.public.rate-limit}") int limit;

	@Test
	void countsTheSubmissionsOtherNodesAdmitted() throws Exception {
		assertThat(post()).as("a first submission").isNotEqualTo(429);
		assertThat(jdbc.queryForObject("select count(*) from platform_rate_hit where address = ?", Long.class, CLIENT)).isOne();

		// the rest of the window's submissions came in on the other node
		jdbc.update("insert into platform_rate_hit (address, at) select ?, ? from generate_series(2, ?)", CLIENT,
				Timestamp.from(Instant.now()), limit);
		assertThat(post()).isEqualTo(429);

		// once they are older than the window, they no longer count
		jdbc.update("update platform_rate_hit set at = at - interval '1 day' where address = ?", CLIENT);
		assertThat(post()).isNotEqualTo(429);
		jdbc.update("delete from platform_rate_hit where address = ?", CLIENT);
	}

	int post() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oeffentlich/anfrage"))
				.header("X-Forwarded-For", CLIENT).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("title=")).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}
}
