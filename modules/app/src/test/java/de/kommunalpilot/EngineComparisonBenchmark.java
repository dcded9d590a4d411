package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * What a step costs in Kommunalpilot next to the bare engine, in one run on one PostgreSQL: (a) the bare Camunda engine
 * ({@code bench.bareengine.BareEngineApplication}: the same BPMN models and forms, delegates and listeners no-ops) driven
 * over the engine's REST API, (b) Kommunalpilot's real lifecycle over its REST API as the real users (coordinator,
 * expert, lead; {@link PilotLifecycle}), alternating a b a b, each a JVM of its own on a database of its own. For each
 * phase: lifecycles/s, task completions/s, CPU per completion of the JVM and of PostgreSQL (from {@code /proc}),
 * statements and their time per completion ({@code pg_stat_statements}), p50/p95/p99 of the completion request, 409s;
 * then the medians and the ratios, start-up to ready of both (empty database and existing schema), RSS, and a JFR
 * profile of Kommunalpilot's measured phases (hottest methods, hottest frames of the app).
 * Run with {@code mvn -B -pl modules/app -am -Pbenchmark verify -Dtest=EngineComparisonBenchmark}
 * ({@code -Dbenchmark.pairs=3 -Dbenchmark.lifecycles=24}).
 */
class EngineComparisonBenchmark {

	static final int PAIRS = Integer.getInteger("benchmark.pairs", 3);
	static final int LIFECYCLES = Integer.getInteger("benchmark.lifecycles", 24);
	static final int CONCURRENT = 4;
	static final List<String> EXPERTS = List.of("expertin", "experte");

	@TempDir Path work;

	@Test
	void comparesAStepWithTheBareEngine() throws Exception {
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		mail.start();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("shared_preload_libraries", "pg_stat_statements")
				.setServerConfig("max_connections", "200").start()) {
			JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
			admin.execute("create extension if not exists pg_stat_statements");
			admin.execute("create database bare");
			admin.execute("create database app");
			Map<String, Long> databases = new HashMap<>();
			admin.query("select datname, oid from pg_database", rs -> {
				databases.put(rs.getString(1), rs.getLong(2));
			});

			Map<String, long[]> startUp = new LinkedHashMap<>();
			NodeProcess bare = startBare(postgres);
			NodeProcess app = startApp(postgres, mail);
			startUp.put("bare", new long[] { bare.readyAfterMillis(), 0 });
			startUp.put("app", new long[] { app.readyAfterMillis(), 0 });
			bare.close();
			app.close();
			bare = startBare(postgres);
			app = startApp(postgres, mail);
			startUp.get("bare")[1] = bare.readyAfterMillis();
			startUp.get("app")[1] = app.readyAfterMillis();
			try {
				System.out.printf("[compare] warm-up: %d lifecycles each%n", LIFECYCLES);
				new Phase("bare", bare, postgres, admin, databases.get("bare"), new BareLifecycle(bare)).run(LIFECYCLES);
				new Phase("app", app, postgres, admin, databases.get("app"), new AppLifecycle(app)).run(LIFECYCLES);

				Path recording = work.resolve("app.jfr");
				jcmd(app, "JFR.start", "name=compare", "settings=profile");
				List<Phase.Result> bareResults = new ArrayList<>();
				List<Phase.Result> appResults = new ArrayList<>();
				for (int pair = 1; pair <= PAIRS; pair++) {
					bareResults.add(new Phase("bare", bare, postgres, admin, databases.get("bare"), new BareLifecycle(bare)).run(LIFECYCLES));
					appResults.add(new Phase("app", app, postgres, admin, databases.get("app"), new AppLifecycle(app)).run(LIFECYCLES));
				}
				jcmd(app, "JFR.dump", "name=compare", "filename=" + recording);

				summary(bareResults, appResults);
				top(admin, databases.get("app"));
				System.out.printf("[compare] start-up to ready, empty database: bare %,d ms, Kommunalpilot %,d ms (with the demo data; ratio %.2f)%n",
						startUp.get("bare")[0], startUp.get("app")[0], (double) startUp.get("app")[0] / startUp.get("bare")[0]);
				System.out.printf("[compare] start-up to ready, existing schema: bare %,d ms, Kommunalpilot %,d ms (ratio %.2f, target ≤ 1.30)%n",
						startUp.get("bare")[1], startUp.get("app")[1], (double) startUp.get("app")[1] / startUp.get("bare")[1]);
				System.out.printf("[compare] RSS after the run: bare %d MiB, Kommunalpilot %d MiB%n", bare.residentBytes() >> 20,
						app.residentBytes() >> 20);
				profile(recording);
			}
			finally {
				bare.close();
				app.close();
			}
		}
		finally {
			mail.stop();
		}
	}

	private NodeProcess startBare(EmbeddedPostgres postgres) throws IOException {
		NodeProcess node = NodeProcess.start("bare", work, "bench.bareengine.BareEngineApplication",
				List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "bare"), "--spring.datasource.username=postgres"));
		node.awaitReady();
		return node;
	}

	private NodeProcess startApp(EmbeddedPostgres postgres, GreenMail mail) throws IOException {
		NodeProcess node = NodeProcess.kommunalpilot("app", work, postgres.getJdbcUrl("postgres", "app"), mail.getSmtp().getPort());
		node.awaitReady();
		return node;
	}

	/** One system's lifecycles, as its clients drive them. */
	interface Lifecycle {
		/** Runs one lifecycle; adds each completion's milliseconds; answers the 409s it met. */
		int run(int number, ConcurrentLinkedQueue<Long> completions) throws IOException;
	}

	/** Kommunalpilot over its own API as the pilot's people. */
	record AppLifecycle(NodeProcess node) implements Lifecycle {

		@Override
		public int run(int number, ConcurrentLinkedQueue<Long> completions) throws IOException {
			String expert = EXPERTS.get(number % EXPERTS.size());
			HttpResponse<String> created = node.send("koordination", "POST", "/api/pilots",
					Api.json(PilotLifecycle.enquiry("Vergleich " + System.nanoTime())));
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String reference = Api.parse(created.body()).path("reference").asText();
			String expertId = null;
			for (JsonNode ranked : Api.parse(node.send("koordination", "GET", "/api/pilots/" + reference + "/expert-ranking", null).body())) {
				if (expert.equals(ranked.path("userId").asText())) {
					expertId = ranked.path("expertId").asText();
				}
			}
			int conflicts = 0;
			for (PilotLifecycle.Step step : PilotLifecycle.steps(expertId)) {
				String user = switch (step.actor()) {
					case COORDINATOR -> "koordination";
					case EXPERT -> expert;
					case LEAD -> "leitung";
				};
				while (true) {
					String taskId = null;
					for (JsonNode task : Api.parse(node.send(user, "GET", "/api/tasks?size=50&reference=" + reference, null).body()).path("content")) {
						if (taskId == null && step.taskKey().equals(task.path("taskDefinitionKey").asText())) {
							taskId = task.path("id").asText();
						}
					}
					assertThat(taskId).as(user + " has " + step.taskKey() + " in " + reference).isNotNull();
					long start = System.nanoTime();
					HttpResponse<String> done = node.send(user, "POST", "/api/tasks/" + taskId + "/complete",
							Api.json(Map.of("variables", step.values())));
					completions.add((System.nanoTime() - start) / 1_000_000);
					if (done.statusCode() == 409) {
						conflicts++;
						continue;
					}
					assertThat(done.statusCode()).as(step.taskKey() + ": " + done.body()).isEqualTo(204);
					break;
				}
			}
			return conflicts;
		}
	}

	/** The bare engine over its REST API: the same steps with the same values, and what the domain would have set. */
	record BareLifecycle(NodeProcess node) implements Lifecycle {

		@Override
		public int run(int number, ConcurrentLinkedQueue<Long> completions) throws IOException {
			String expert = EXPERTS.get(number % EXPERTS.size());
			String reference = "B-" + System.nanoTime();
			HttpResponse<String> started = node.send(null, "POST", "/engine-rest/process-definition/key/pilot-implementation/start",
					Api.json(Map.of("businessKey", reference, "variables", typed(Map.of("pilotId", reference, "pilotReference", reference,
							"municipalityName", "Stadt Rottenburg am Neckar", "title", "Vergleich")))));
			assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
			int conflicts = 0;
			for (PilotLifecycle.Step step : PilotLifecycle.steps("unused")) {
				Map<String, Object> values = new HashMap<>(step.values());
				if (step.taskKey().equals("Task_SelectExpert")) {
					// what the domain's completion handler sets in the app
					values.put("expertUser", expert);
					values.put("expertName", expert);
				}
				if (values.get("primarySdg") instanceof String sdg) {
					values.put("primarySdg", Integer.valueOf(sdg));
				}
				while (true) {
					String taskId = null;
					for (JsonNode task : Api.parse(node.send(null, "GET", "/engine-rest/task?processInstanceBusinessKey=" + reference, null).body())) {
						if (taskId == null && step.taskKey().equals(task.path("taskDefinitionKey").asText())) {
							taskId = task.path("id").asText();
						}
					}
					assertThat(taskId).as(step.taskKey() + " in " + reference).isNotNull();
					long start = System.nanoTime();
					HttpResponse<String> done = node.send(null, "POST", "/engine-rest/task/" + taskId + "/complete",
							Api.json(Map.of("variables", typed(values))));
					completions.add((System.nanoTime() - start) / 1_000_000);
					if (done.statusCode() == 409 || done.statusCode() == 500 && done.body().contains("OptimisticLocking")) {
						conflicts++;
						continue;
					}
					assertThat(done.statusCode()).as(step.taskKey() + ": " + done.body()).isEqualTo(204);
					break;
				}
			}
			return conflicts;
		}

		/** Values as the engine's REST API takes them; lists as JSON, as Tasklist sends them. */
		private static Map<String, Object> typed(Map<String, Object> values) {
			Map<String, Object> typed = new HashMap<>();
			values.forEach((name, value) -> typed.put(name, value instanceof List<?> list
					? Map.of("value", Api.json(list), "type", "Json") : Map.of("value", value)));
			return typed;
		}
	}

	/** One phase: lifecycles of one system, {@link #CONCURRENT} at a time, with the CPU and statements it cost. */
	record Phase(String system, NodeProcess node, EmbeddedPostgres postgres, JdbcTemplate admin, long database, Lifecycle lifecycle) {

		record Result(double lifecyclesPerSecond, double completionsPerSecond, double jvmCpuPerCompletion,
				double postgresCpuPerCompletion, double statementsPerCompletion, double statementMillisPerCompletion,
				long p50, long p95, long p99, int conflicts) {
		}

		Result run(int lifecycles) throws Exception {
			admin.execute("select pg_stat_statements_reset()");
			long jvmBefore = node.cpuMillis();
			long postgresBefore = postgresCpuMillis();
			long start = System.nanoTime();
			ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
			AtomicInteger conflicts = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
			try {
				List<Future<Integer>> runs = new ArrayList<>();
				for (int i = 0; i < lifecycles; i++) {
					int number = i;
					runs.add(clients.submit(() -> lifecycle.run(number, completions)));
				}
				for (Future<Integer> run : runs) {
					conflicts.addAndGet(run.get(10, TimeUnit.MINUTES));
				}
			}
			finally {
				clients.shutdownNow();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			long jvm = node.cpuMillis() - jvmBefore;
			long postgresCpu = postgresCpuMillis() - postgresBefore;
			Map<String, Object> statements = admin.queryForMap(
					"select coalesce(sum(calls), 0) as calls, coalesce(sum(total_exec_time), 0) as millis from pg_stat_statements where dbid = ?", database);
			List<Long> sorted = new ArrayList<>(completions);
			Collections.sort(sorted);
			int n = sorted.size();
			Result result = new Result(lifecycles / seconds, n / seconds, (double) jvm / n, (double) postgresCpu / n,
					((Number) statements.get("calls")).doubleValue() / n, ((Number) statements.get("millis")).doubleValue() / n,
					sorted.get(n / 2), sorted.get((int) (n * 0.95)), sorted.get((int) (n * 0.99)), conflicts.get());
			System.out.printf("[compare] %-4s %d lifecycles, %d completions in %.1f s: %.2f lifecycles/s, %.1f completions/s, "
					+ "CPU per completion JVM %.1f ms, PostgreSQL %.1f ms, %.1f statements (%.1f ms), completion p50/p95/p99 %d/%d/%d ms, %d × 409%n",
					system, lifecycles, n, seconds, result.lifecyclesPerSecond(), result.completionsPerSecond(), result.jvmCpuPerCompletion(),
					result.postgresCpuPerCompletion(), result.statementsPerCompletion(), result.statementMillisPerCompletion(), result.p50(),
					result.p95(), result.p99(), result.conflicts());
			return result;
		}

		/** The CPU time of every PostgreSQL process (the server and its backends) so far. */
		static long postgresCpuMillis() throws IOException {
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).mapToLong(p -> {
					try {
						return Files.readString(p.resolve("comm")).trim().equals("postgres") ? NodeProcess.cpuMillis(Long.parseLong(p.getFileName().toString())) : 0;
					}
					catch (IOException e) {
						return 0;
					}
				}).sum();
			}
		}
	}

	private static void summary(List<Phase.Result> bare, List<Phase.Result> app) {
		System.out.printf("[compare] medians of %d pairs              bare engine   Kommunalpilot   ratio%n", bare.size());
		line("lifecycles/s", bare, app, Phase.Result::lifecyclesPerSecond, "");
		line("task completions/s", bare, app, Phase.Result::completionsPerSecond, "");
		line("JVM CPU per completion (ms)", bare, app, Phase.Result::jvmCpuPerCompletion, "target ≤ 1.50");
		line("PostgreSQL CPU per completion (ms)", bare, app, Phase.Result::postgresCpuPerCompletion, "");
		line("JVM + PostgreSQL CPU per completion (ms)", bare, app, r -> r.jvmCpuPerCompletion() + r.postgresCpuPerCompletion(), "");
		line("statements per completion", bare, app, Phase.Result::statementsPerCompletion, "");
		line("statement time per completion (ms)", bare, app, Phase.Result::statementMillisPerCompletion, "");
		line("completion p50 (ms)", bare, app, r -> r.p50(), "");
		line("completion p95 (ms)", bare, app, r -> r.p95(), "");
		line("completion p99 (ms)", bare, app, r -> r.p99(), "");
		line("409 per phase", bare, app, r -> r.conflicts(), "target 0");
	}

	private static void line(String what, List<Phase.Result> bare, List<Phase.Result> app,
			java.util.function.ToDoubleFunction<Phase.Result> figure, String target) {
		double a = median(bare, figure);
		double b = median(app, figure);
		System.out.printf("[compare]   %-40s %10.2f   %13.2f   %5s %s%n", what, a, b, a == 0 ? "-" : String.format("%.2f", b / a), target);
	}

	private static double median(List<Phase.Result> results, java.util.function.ToDoubleFunction<Phase.Result> figure) {
		double[] values = results.stream().mapToDouble(figure).sorted().toArray();
		return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
	}

	/** Kommunalpilot's statements of the last phase that took the most time. */
	private static void top(JdbcTemplate admin, long database) {
		System.out.println("[compare] Kommunalpilot's statements with the most time in the last phase:");
		admin.query("""
				select calls, round(total_exec_time::numeric, 1) as millis, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as query
				from pg_stat_statements where dbid = ? order by total_exec_time desc limit 12
				""", rs -> {
			System.out.printf("[compare]   %6d calls %9.1f ms  %s%n", rs.getLong(1), rs.getDouble(2), rs.getString(3));
		}, database);
	}

	/** The hottest methods (own time) and the hottest frames of the app (time with what they call) in the recording. */
	private static void profile(Path recording) throws IOException {
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> app = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			samples++;
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (!frames.isEmpty()) {
				self.merge(name(frames.get(0)), 1, Integer::sum);
			}
			frames.stream().map(EngineComparisonBenchmark::name).filter(name -> name.startsWith("de.kommunalpilot.")).distinct()
					.forEach(name -> app.merge(name, 1, Integer::sum));
		}
		int total = samples;
		System.out.printf("[compare] JFR profile of Kommunalpilot's measured phases: %d samples%n", total);
		System.out.println("[compare]   hottest methods (own time):");
		self.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
				.forEach(e -> System.out.printf("[compare]     %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
		System.out.println("[compare]   the app's frames (with what they call):");
		app.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
				.forEach(e -> System.out.printf("[compare]     %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
	}

	private static void jcmd(NodeProcess node, String... command) throws IOException, InterruptedException {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(node.pid())));
		line.addAll(List.of(command));
		Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
		String output = new String(jcmd.getInputStream().readAllBytes());
		assertThat(jcmd.waitFor()).as(String.join(" ", line) + ": " + output).isZero();
	}
}
