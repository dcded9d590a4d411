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
 * Benchmark, not a test: 10,000 pilots created through the facade (each with its open „Anfrage prüfen“ for the
 * coordinators), then p50/p95/max after warm-up of the places people work at volume: Tasklist's filter list (as
 * Tasklist asks for it) and counts for coordinators and leads, {@code /api/tasks}, the pilot list, a pilot's page,
 * the dashboard and the municipality list; heap and RSS at the end. Targets: app pages p95 below 150 ms, Tasklist
 * below 200 ms at 10,000 open cases. Run with {@code mvn -B -pl modules/app -am -Pbenchmark verify}
 * ({@code -Dbenchmark.pilots=100000} for the larger volume).
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

		System.out.printf("[benchmark] open tasks: %d, of them the coordinators' candidates: %d%n",
				jdbc.queryForObject("select count(*) from act_ru_task", Long.class), jdbc.queryForObject(
						"select count(*) from act_ru_identitylink where type_ = 'candidate' and group_id_ = 'coordinators'", Long.class));

		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		String reference = jdbc.queryForObject("select reference from pilot_pilot order by reference_order desc limit 1", String.class);
		report("GET /pilotvorhaben (first page)", measure(() -> lead.get("/pilotvorhaben")));
		report("GET /pilotvorhaben?phase=INTAKE&landkreis=08111", measure(() -> lead.get("/pilotvorhaben?phase=INTAKE&landkreis=08111")));
		report("GET /pilotvorhaben/" + reference, measure(() -> lead.get("/pilotvorhaben/" + reference)));
		report("GET /dashboard", measure(() -> lead.get("/dashboard")));
		report("GET /kommunen", measure(() -> lead.get("/kommunen")));
		report("GET /kommunen?q=Stadt", measure(() -> lead.get("/kommunen?q=Stadt")));

		for (String[] user : new String[][] { { "koordination", "Koordination — offen" }, { "leitung", "Projektleitung — offen" } }) {
			String filter = jdbc.queryForObject("select id_ from act_ru_filter where name_ = ?", String.class, user[1]);
			String tasklistQuery = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}],\"active\":true}";
			report("Tasklist list „" + user[1] + "“ as " + user[0], measure(() -> WebClientSession.basic(port, "POST",
					"/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15", user[0], "demo", "application/json", tasklistQuery)));
			report("Tasklist count „" + user[1] + "“ as " + user[0], measure(() -> WebClientSession.basic(port, "GET",
					"/engine-rest/filter/" + filter + "/count", user[0], "demo", null, null)));
			report("Tasklist filters with counts as " + user[0], measure(() -> WebClientSession.basic(port, "GET",
					"/engine-rest/filter?resourceType=Task&itemCount=true", user[0], "demo", null, null)));
			report("GET /api/tasks as " + user[0], measure(() -> WebClientSession.basic(port, "GET", "/api/tasks", user[0], "demo", null, null)));
		}
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("[benchmark] heap used after GC: %d MiB (max %d MiB); %s%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
				runtime.maxMemory() >> 20, java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
						.filter(line -> line.startsWith("VmRSS")).findFirst().orElse("VmRSS unknown").replaceAll("\\s+", " "));
	}

	private void create(int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<?>> futures = new ArrayList<>();
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		long begin = System.nanoTime();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(pool.submit(() -> {
				int finished = done.incrementAndGet();
				if (finished % Math.max(1, count / 20) == 0) {
					double seconds = (System.nanoTime() - begin) / 1e9;
					System.out.printf("[benchmark] %,d of %,d pilots (%.0f%%), %.0f/s, about %.0f s to go%n", finished, count,
							100.0 * finished / count, finished / seconds, (count - finished) / (finished / seconds));
				}
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

	private static long[] measure(java.util.function.Supplier<java.net.http.HttpResponse<String>> request) {
		for (int i = 0; i < 20; i++) {
			request.get();
		}
		long[] millis = new long[REQUESTS];
		for (int i = 0; i < REQUESTS; i++) {
			long begin = System.nanoTime();
			java.net.http.HttpResponse<String> response = request.get();
			millis[i] = (System.nanoTime() - begin) / 1_000_000;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
		}
		Arrays.sort(millis);
		return millis;
	}

	private static void report(String what, long[] sorted) {
		long p50 = sorted[sorted.length / 2];
		long p95 = sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
		long target = what.startsWith("Tasklist") ? 200 : 150;
		System.out.printf("[benchmark] %-60s n=%d p50=%d ms p95=%d ms max=%d ms (target p95 < %d ms %s)%n", what, sorted.length, p50, p95,
				sorted[sorted.length - 1], target, p95 < target ? "met" : "MISSED");
	}
}
