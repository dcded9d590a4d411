package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's page carries the nonce of its own Content-Security-Policy header while other requests pass the webapps
 * at the same time (Camunda keeps the nonce in the servlet context, shared by all requests; a page with another
 * request's nonce has all its scripts blocked and stays blank).
 */
@IntegrationTest
class WebappNoncesIntegrationTests {

	static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
	static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]*)\"");

	@LocalServerPort int port;

	@Test
	void everyPageCarriesTheNonceOfItsOwnPolicyUnderConcurrentRequests() throws Exception {
		AtomicBoolean loading = new AtomicBoolean(true);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> others = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			others.add(pool.submit(() -> {
				WebClientSession other = new WebClientSession(port);
				other.login("leitung", "demo");
				while (loading.get()) {
					other.get("/camunda/app/cockpit/default/");
					other.get("/camunda/app/tasklist/styles/user-styles.css");
				}
				return null;
			}));
		}
		List<String> mismatches = new ArrayList<>();
		WebClientSession coordinator = new WebClientSession(port);
		coordinator.login("koordination", "demo");
		try {
			for (int i = 0; i < 150; i++) {
				HttpResponse<String> page = coordinator.get("/camunda/app/tasklist/default/");
				assertThat(page.statusCode()).isEqualTo(200);
				Matcher header = HEADER_NONCE.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
				assertThat(header.find()).as("the policy names a nonce").isTrue();
				Matcher body = PAGE_NONCE.matcher(page.body());
				int scripts = 0;
				while (body.find()) {
					scripts++;
					if (!body.group(1).equals(header.group(1))) {
						mismatches.add("load " + i + ": page " + body.group(1) + ", policy " + header.group(1));
					}
				}
				assertThat(scripts).as("the page's scripts carry nonces").isPositive();
			}
		}
		finally {
			loading.set(false);
			for (Future<?> other : others) {
				other.get(30, TimeUnit.SECONDS);
			}
			pool.shutdown();
		}
		assertThat(mismatches).isEmpty();
	}
}
