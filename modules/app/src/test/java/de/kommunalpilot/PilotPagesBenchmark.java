package de.kommunalpilot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.pilots.Pilots;

/**
 * Benchmark, not a test: 10,000 pilots created through the facade, a tenth of them (at most 1,500) taken on through
 * their real steps into every phase, the others with their open „Anfrage prüfen“ for the coordinators, then p50/p95/max after warm-up of the places people work at volume: Tasklist's filter list (as
 * Tasklist asks for it) and counts for coordinators and leads, {@code /api/tasks}, the pilot list, a pilot's page,
 * the dashboard and the municipality list; heap and RSS at the end. Targets: app pages p95 below 150 ms, Tasklist
 * below 200 ms at 10,000 open cases. Run with {@code mvn -B -pl modules/app -am -Pbenchmark verify}
 * ({@code -Dbenchmark.pilots=100000} for the larger volume).
 */
@IntegrationTest
@org.springframework.test.context.TestPropertySource(properties = {
		"kommunalpilot.embedded-database.server-config[shared_preload_libraries]=pg_stat_statements,auto_explain",
		// the server's log (with auto_explain's plans) in a folder of the build, read at the end
		"kommunalpilot.embedded-database.server-config[logging_collector]=on",
		"kommunalpilot.embedded-database.server-config[log_directory]=${user.dir}/target/benchmark-postgres-log",
		"kommunalpilot.embedded-database.server-config[log_filename]=postgresql.log" })
class PilotPagesBenchmark {

	static final int PILOTS = Integer.getInteger("benchmark.pilots", 10_000);
	/**
	 * How many of them are taken on through their real steps (the completion path people use, as the person each step
	 * belongs to), spread evenly over every phase from „Erstgespräch“ to „abgeschlossen“ and „abgelehnt“; the others
	 * wait for „Anfrage prüfen“.
	 */
	static final int ADVANCED = Integer.getInteger("benchmark.advanced", Math.min(1_500, PILOTS / 10));
	static final int REQUESTS = 200;
	/** Statements slower than this get their plan (EXPLAIN ANALYZE, BUFFERS) in the server's log, printed with the figures. */
	static final String EXPLAIN_ABOVE = System.getProperty("benchmark.explain-above", "40ms");
	static final String[][] MUNICIPALITIES = { { "08111000", "Landeshauptstadt Stuttgart" },
			{ "08121000", "Stadt Heilbronn" }, { "08222000", "Stadt Mannheim" }, { "08311000", "Stadt Freiburg im Breisgau" },
			{ "08416041", "Universitätsstadt Tübingen" }, { "08421000", "Stadt Ulm" }, { "08335043", "Stadt Konstanz" } };

	@LocalServerPort int port;
	@Autowired Pilots pilots;
	@Autowired JdbcTemplate jdbc;
	@Autowired de.kommunalpilot.platform.TaskCompletions completions;
	@Autowired org.camunda.bpm.engine.TaskService taskService;
	@Autowired de.kommunalpilot.pilots.process.demo.DemoData demo;

	@Test
	void measuresListAndDashboardWithTenThousandPilots() throws Exception {
		long start = System.nanoTime();
		List<String> advanced = create(PILOTS);
		System.out.printf("%n[benchmark] created %d pilots through the facade in %.1f s%n", PILOTS,
				(System.nanoTime() - start) / 1e9);
		long advancing = System.nanoTime();
		int steps = advance(advanced);
		System.out.printf("[benchmark] %,d of them taken on through %,d real steps in %.1f s; pilots per phase: %s%n", advanced.size(), steps,
				(System.nanoTime() - advancing) / 1e9, jdbc.queryForList("select phase || ' ' || count(*) from pilot_pilot group by phase order by 1",
						String.class));
		// right after the bulk the planner still has the empty tables' statistics (a task query took 0.5 s at 1,000 tasks
		// until autovacuum analysed); measured is the state after it, as autovacuum reaches it within a minute
		long analyse = System.nanoTime();
		jdbc.execute("analyze");
		System.out.printf("[benchmark] analyze after the bulk: %.1f s%n", (System.nanoTime() - analyse) / 1e9);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(10)).until(
				() -> jdbc.queryForObject("select count(*) from dashboard_pilot_phase", Long.class) >= PILOTS);

		System.out.printf("[benchmark] open tasks: %d, of them the coordinators' candidates: %d%n",
				jdbc.queryForObject("select count(*) from act_ru_task", Long.class), jdbc.queryForObject(
						"select count(*) from act_ru_identitylink where type_ = 'candidate' and group_id_ = 'coordinators'", Long.class));

		// the statements of the measured requests, and the plans (EXPLAIN ANALYZE, BUFFERS) of those above 40 ms in the server's log
		jdbc.execute("create extension if not exists pg_stat_statements");
		jdbc.execute("alter system set auto_explain.log_min_duration = '" + EXPLAIN_ABOVE + "'");
		jdbc.execute("alter system set auto_explain.log_analyze = on");
		jdbc.execute("alter system set auto_explain.log_buffers = on");
		jdbc.execute("select pg_reload_conf()");
		jdbc.execute("select pg_stat_statements_reset()");

		WebClientSession lead = new WebClientSession(port);
		lead.login("leitung", "demo");
		String reference = jdbc.queryForObject("select reference from pilot_pilot order by reference_order desc limit 1", String.class);
		report("GET /pilotvorhaben (first page)", measure(() -> lead.get("/pilotvorhaben")));
		report("GET /pilotvorhaben?phase=INTAKE&landkreis=08111", measure(() -> lead.get("/pilotvorhaben?phase=INTAKE&landkreis=08111")));
		report("GET /pilotvorhaben/" + reference, measure(() -> lead.get("/pilotvorhaben/" + reference)));
		report("GET /dashboard (figures kept)", measure(() -> lead.get("/dashboard")));
		// as right after any write to the read model: every figure computed again
		report("GET /dashboard (after a change)", measure(() -> {
			jdbc.update("insert into dashboard_change default values");
			return lead.get("/dashboard");
		}));
		report("GET /kommunen", measure(() -> lead.get("/kommunen")));
		report("GET /kommunen?q=Stadt", measure(() -> lead.get("/kommunen?q=Stadt")));

		for (String[] user : new String[][] { { "koordination", "Koordination — offen" }, { "koordination", "Überfällig" },
				{ "leitung", "Projektleitung — offen" }, { "expertin", "Meine Aufgaben" } }) {
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
		jdbc.execute("alter system reset all");
		jdbc.execute("select pg_reload_conf()");
		System.out.println("[benchmark] the statements with the highest mean time in the measured requests:");
		jdbc.query("""
				select calls, round(mean_exec_time::numeric, 1), round(max_exec_time::numeric, 1), shared_blks_hit + shared_blks_read,
				left(regexp_replace(query, '\\s+', ' ', 'g'), 160) from pg_stat_statements where calls >= 20 order by mean_exec_time desc limit 10
				""", rs -> {
			System.out.printf("[benchmark]   %5d calls, mean %6.1f ms, max %6.1f ms, %8d buffers  %s%n", rs.getLong(1), rs.getDouble(2),
					rs.getDouble(3), rs.getLong(4), rs.getString(5));
		});
		for (Map<String, Object> slowest : jdbc.queryForList("""
				select query from pg_stat_statements where calls >= 20 and query not ilike 'explain%' order by mean_exec_time desc limit 3""")) {
			System.out.println("[benchmark] generic plan of: " + ((String) slowest.get("query")).replaceAll("\\s+", " "));
			// the statement as pg_stat_statements keeps it, with $1 … : sent as it is (simple protocol), not as a prepared one
			com.zaxxer.hikari.HikariDataSource pool = jdbc.getDataSource().unwrap(com.zaxxer.hikari.HikariDataSource.class);
			try (java.sql.Connection simple = java.sql.DriverManager.getConnection(pool.getJdbcUrl()
					+ (pool.getJdbcUrl().contains("?") ? "&" : "?") + "preferQueryMode=simple", pool.getUsername(), pool.getPassword());
					java.sql.ResultSet plan = simple.createStatement().executeQuery("explain (generic_plan) " + slowest.get("query"))) {
				while (plan.next()) {
					System.out.println("[benchmark]   " + plan.getString(1));
				}
			}
			catch (java.sql.SQLException e) {
				System.out.println("[benchmark]   (no generic plan: " + e.getMessage() + ")");
			}
		}
		printSlowPlans();
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		System.out.printf("[benchmark] heap used after GC: %d MiB (max %d MiB); %s%n", (runtime.totalMemory() - runtime.freeMemory()) >> 20,
				runtime.maxMemory() >> 20, java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status")).stream()
						.filter(line -> line.startsWith("VmRSS")).findFirst().orElse("VmRSS unknown").replaceAll("\\s+", " "));
	}

	/** The plans auto_explain logged (EXPLAIN ANALYZE with BUFFERS, the real parameters) of the statements above the threshold. */
	private static void printSlowPlans() throws java.io.IOException {
		java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("user.dir"), "target", "benchmark-postgres-log", "postgresql.log");
		String text = java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "";
		// one entry per logged statement: "duration: … plan:", the query's text, its parameters, then the plan's lines
		String[] entries = text.split("\n(?=\\d{4}-\\d{2}-\\d{2} )");
		List<String> plans = java.util.Arrays.stream(entries).filter(e -> e.contains("duration:") && e.contains("plan:"))
				.sorted(java.util.Comparator.comparingDouble(PilotPagesBenchmark::duration).reversed()).toList();
		System.out.printf("[benchmark] %d statements above %s had their plan logged (%s); the slowest:%n", plans.size(), EXPLAIN_ABOVE, log);
		for (String plan : plans.subList(0, Math.min(3, plans.size()))) {
			String query = plan.substring(plan.indexOf("Query Text:") + 11, plan.contains("Query Parameters:") ? plan.indexOf("Query Parameters:")
					: plan.indexOf("\n", plan.indexOf("Query Text:") + 200)).replaceAll("\\s+", " ").strip();
			System.out.printf("[benchmark]   %.1f ms: %s%n", duration(plan), query.length() > 200 ? query.substring(0, 200) + " …" : query);
			plan.lines().map(String::strip).filter(line -> line.startsWith("Query Parameters:") || line.contains("(cost=")
					|| line.startsWith("Buffers:") || line.startsWith("Rows Removed") || line.startsWith("Execution Time"))
					.limit(30).forEach(line -> System.out.println("[benchmark]     " + line));
		}
	}

	private static double duration(String entry) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("duration: ([0-9.]+) ms").matcher(entry);
		return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
	}

	private List<String> create(int count) throws Exception {
		String[] advanced = new String[Math.min(ADVANCED, count)];
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
				String reference = pilots.createFromEnquiry(new Pilots.Enquiry(municipality[0], municipality[1],
						"Benchmark-Vorhaben " + n, "Anfrage " + n, null, null), "koordination").reference();
				if (n < advanced.length) {
					advanced[n] = reference;
				}
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		pool.awaitTermination(1, TimeUnit.MINUTES);
		return List.of(advanced);
	}

	/**
	 * Takes the pilots on through their real steps, four at a time, each to a depth of its own: the k-th declined at
	 * „Anfrage prüfen“ when k % 15 is 0, else through the first k % 15 steps of {@link PilotLifecycle#steps} (14 of
	 * them: „abgeschlossen“), each completed as the person it belongs to, the experts taking turns.
	 *
	 * @return the steps completed
	 */
	private int advance(List<String> references) throws Exception {
		demo.ensureExperts();
		List<Map<String, Object>> experts = jdbc.queryForList("select id, user_id from expert_expert where user_id is not null order by user_id");
		ExecutorService pool = Executors.newFixedThreadPool(4);
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();
		long begin = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int k = 0; k < references.size(); k++) {
			int depth = k % 15;
			String reference = references.get(k);
			Map<String, Object> expert = experts.get(k % experts.size());
			futures.add(pool.submit(() -> {
				if (depth == 0) {
					complete(reference, "Task_CheckEnquiry", "koordination", Groups.COORDINATORS,
							Map.of("enquiryDecision", "decline", "declineReason", "Kein Bezug zu Migration und Entwicklung."));
					steps.incrementAndGet();
				}
				for (PilotLifecycle.Step step : PilotLifecycle.steps(expert.get("id").toString()).subList(0, depth)) {
					switch (step.actor()) {
					case COORDINATOR -> complete(reference, step.taskKey(), "koordination", Groups.COORDINATORS, step.values());
					case EXPERT -> complete(reference, step.taskKey(), (String) expert.get("user_id"), Groups.EXPERTS, step.values());
					case LEAD -> complete(reference, step.taskKey(), "leitung", Groups.LEADS, step.values());
					}
					steps.incrementAndGet();
				}
				int finished = done.incrementAndGet();
				if (finished % Math.max(1, references.size() / 10) == 0) {
					double seconds = (System.nanoTime() - begin) / 1e9;
					System.out.printf("[benchmark] %,d of %,d pilots taken on (%.0f%%), %.0f steps/s, about %.0f s to go%n", finished,
							references.size(), 100.0 * finished / references.size(), steps.get() / seconds,
							(references.size() - finished) / (finished / seconds));
				}
				return null;
			}));
		}
		for (Future<?> future : futures) {
			future.get();
		}
		pool.shutdown();
		return steps.get();
	}

	private void complete(String reference, String taskKey, String user, String group, Map<String, Object> values) {
		org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
				.singleResult();
		if (task == null) {
			throw new IllegalStateException("no task " + taskKey + " in " + reference);
		}
		completions.complete(task.getId(), user, List.of(group), values);
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
