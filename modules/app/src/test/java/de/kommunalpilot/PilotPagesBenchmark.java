package de.kommunalpilot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Pilots;

/**
 * Benchmark, not a test: 10,000 pilots created through the facade, then the response times of the pilot
 * list's first page and of the dashboard, printed as p50/p95/max. Target: p95 below 150 ms on 2 cores.
 * Run with {@code mvn -B -pl modules/app -am -Pbenchmark verify}.
 */
@IntegrationTest
class PilotPagesBenchmark {

	static final int PILOTS = Integer.getInteger("benchmark.pilots", 10_000);
	static final int REQUESTS = 200;
	static final String[][] MUNICIPALITIES = { { "08111000", "Landeshauptstadt Stuttgart" },
			{ "08121000", "Stadt Heilbronn" }, { "08222000", "Stadt Mannheim" }, { "08311000", "Stadt Freiburg im Breisgau" },
			{ "08416041", "Universitätsstadt Tübingen" }, { "08421000", "Stadt Ulm" }, { "08335043", "Stadt Konstanz" } };

	@LocalServerPort int port;
	@Autowired Pilots pilots;
	@Autowired JdbcTemplate jdbc;

	@Test
	void measuresListAndDashboardWithTenThousandPilots() throws Exception {
		long start = System.nanoTime();
		create(PILOTS);
		System.out.printf("%n[benchmark] created %d pilots through the facade in %.1f s%n", PILOTS,
				(System.nanoTime() - start) / 1e9);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(10)).until(
				() -> jdbc.queryForObject("select count(*) from dashboard_pilot_phase", Long.class) >= PILOTS);

		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		report("GET /pilotvorhaben (first page)", measure(lead, "/pilotvorhaben"));
		report("GET /pilotvorhaben?phase=INTAKE&landkreis=08111", measure(lead, "/pilotvorhaben?phase=INTAKE&landkreis=08111"));
		report("GET /dashboard", measure(lead, "/dashboard"));
	}

	private void create(int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(pool.submit(() -> {
				String[] municipality = MUNICIPALITIES[n % MUNICIPALITIES.length];
				PilotId id = pilots.createFromEnquiry(new Pilots.Enquiry(municipality[0], municipality[1],
						"Benchmark-Vorhaben " + n, "Anfrage " + n, null, null), "koordination").id();
				if (n % 3 == 0) {
					pilots.enterPhase(id, PilotPhase.INTAKE, "koordination");
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
	}

	private static long[] measure(WebClientSession browser, String path) {
		for (int i = 0; i < 20; i++) {
			browser.get(path);
		}
		long[] millis = new long[REQUESTS];
		for (int i = 0; i < REQUESTS; i++) {
			long begin = System.nanoTime();
			int status = browser.get(path).statusCode();
			millis[i] = (System.nanoTime() - begin) / 1_000_000;
			if (status != 200) {
				throw new IllegalStateException(path + " answered " + status);
			}
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void report(String what, long[] sorted) {
		long p50 = sorted[sorted.length / 2];
		long p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
		System.out.printf("[benchmark] %-50s n=%d p50=%d ms p95=%d ms max=%d ms %s%n", what, sorted.length, p50, p95,
				sorted[sorted.length - 1], p95 < 150 ? "(target p95 < 150 ms met)" : "(target p95 < 150 ms MISSED)");
	}
}
