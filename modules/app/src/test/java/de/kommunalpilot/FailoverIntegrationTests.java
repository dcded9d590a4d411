package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Two nodes on one PostgreSQL, as operators run them: started at the same moment on an empty database (with the demo
 * data), load on both — whole pilot lifecycles over the REST API, each step sent to the other node than the one
 * before — and then one node is killed ({@code kill -9}) in the middle. The other completes every started
 * lifecycle; every acknowledged step is in the engine's history; no pilot is without its process or the reverse; no
 * mail went out twice; no timer fired twice; the read model caught up; a user signed in on the killed node is still
 * signed in on the other.
 *
 * <p>The nodes are real JVMs of their own (the test's class path, the application's main class), so that one of
 * them can die as a process dies.
 */
class FailoverIntegrationTests {

	private static final int LIFECYCLES = 8;
	private static final int PARKED = 4;
	/** Acknowledged steps (of about 17 per lifecycle) after which node A is killed. */
	private static final int KILL_AFTER = 40;
	private static final List<String> EXPERTS = List.of("expertin", "experte");

	@TempDir Path work;

	@Test
	void theOtherNodeCarriesEveryLifecycleOnWhenOneIsKilled() throws Exception {
		GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
		mail.start();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				NodeProcess a = NodeProcess.kommunalpilot("a", work, postgres.getJdbcUrl("postgres", "postgres"), mail.getSmtp().getPort());
				NodeProcess b = NodeProcess.kommunalpilot("b", work, postgres.getJdbcUrl("postgres", "postgres"), mail.getSmtp().getPort())) {
			JdbcTemplate db = new JdbcTemplate(postgres.getPostgresDatabase());
			a.awaitReady();
			b.awaitReady();
			// both started at once on the empty database: the start-up work was done once
			assertThat(db.queryForObject("select count(*) from pilot_pilot where title = 'Mentoring für migrantische Frauen'",
					Integer.class)).as("demo pilot").isOne();
			assertThat(db.queryForObject("select count(*) from act_id_user where id_ = 'koordination'", Integer.class)).isOne();

			Cluster cluster = new Cluster(List.of(a, b), db);
			WebClientSession signedInOnA = new WebClientSession(a.port);
			assertThat(signedInOnA.login("koordination", "demo").statusCode()).isEqualTo(302);
			assertThat(signedInOnA.get("/pilotvorhaben").statusCode()).isEqualTo(200);

			// pilots that wait for their expert's answer, with the reminder timer
			List<String> parked = new ArrayList<>();
			for (int i = 0; i < PARKED; i++) {
				String reference = cluster.create("Wartet auf Antwort " + i, i);
				for (PilotLifecycle.Step step : PilotLifecycle.untilTheRequest(cluster.expertId(reference, EXPERTS.get(i % 2), i))) {
					cluster.complete(reference, step, EXPERTS.get(i % 2), i);
				}
				parked.add(reference);
			}
			List<String> reminders = db.queryForList("""
					select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
					where j.type_ = 'timer' and d.act_id_ = 'BoundaryEvent_ReminderDue'
					""", String.class);
			assertThat(reminders).hasSizeGreaterThanOrEqualTo(PARKED);

			CountDownLatch halfway = new CountDownLatch(KILL_AFTER / 2);
			CountDownLatch killTime = new CountDownLatch(KILL_AFTER);
			cluster.onAcknowledged(() -> {
				halfway.countDown();
				killTime.countDown();
			});
			ExecutorService users = Executors.newFixedThreadPool(4);
			List<Future<String>> lifecycles = new ArrayList<>();
			for (int i = 0; i < LIFECYCLES; i++) {
				int lifecycle = i;
				lifecycles.add(users.submit(() -> cluster.runLifecycle("Failover " + lifecycle, EXPERTS.get(lifecycle % 2), lifecycle)));
			}
			assertThat(halfway.await(5, TimeUnit.MINUTES)).isTrue();
			// the reminders come due while both nodes run their job executors
			db.update("update act_ru_job set duedate_ = now() - interval '1 minute' where id_ in (" + placeholders(reminders) + ")",
					reminders.toArray());
			assertThat(killTime.await(5, TimeUnit.MINUTES)).isTrue();
			a.kill();

			List<String> references = new ArrayList<>();
			for (Future<String> lifecycle : lifecycles) {
				references.add(lifecycle.get(10, TimeUnit.MINUTES));
			}
			users.shutdown();
			System.out.println("Failover: " + cluster.figures());
			assertThat(cluster.failedOver()).as("requests that failed on A and went to B").isPositive();
			assertThat(a.failed).isTrue();
			assertThat(b.failed).as("B never failed a request").isFalse();

			// every started lifecycle completed, on node B
			Api coordinatorOnB = new Api(b.port, "koordination");
			for (String reference : references) {
				JsonNode pilot = coordinatorOnB.getJson("/api/pilots/" + reference);
				assertThat(pilot.path("phase").asText()).as(reference).isEqualTo("COMPLETED");
				assertThat(pilot.path("totalHours").decimalValue()).as(reference).isEqualByComparingTo(PilotLifecycle.TOTAL_HOURS);
			}
			// every acknowledged step is in the history as completed
			List<String> acknowledged = List.copyOf(cluster.acknowledged());
			assertThat(acknowledged).hasSizeGreaterThan(KILL_AFTER);
			assertThat(db.queryForObject("select count(*) from act_hi_taskinst where end_time_ is not null and delete_reason_ = 'completed' and id_ in ("
					+ placeholders(acknowledged) + ")", Integer.class, acknowledged.toArray())).isEqualTo(acknowledged.size());
			// no pilot without its process, no process without its pilot
			assertThat(db.queryForObject("""
					select count(*) from pilot_pilot p where not exists
					(select 1 from act_hi_procinst h where h.business_key_ = p.reference and h.proc_def_key_ = 'pilot-implementation')
					""", Integer.class)).isZero();
			assertThat(db.queryForObject("""
					select count(*) from act_hi_procinst h where h.proc_def_key_ = 'pilot-implementation'
					and not exists (select 1 from pilot_pilot p where p.reference = h.business_key_)
					""", Integer.class)).isZero();
			// the reminders fired once each, on whichever node took them (A's locks expire, B takes those)
			Awaitility.await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(db.queryForObject(
					"select count(*) from act_ru_job where id_ in (" + placeholders(reminders) + ")", Integer.class, reminders.toArray())).isZero());
			assertThat(db.queryForList("select job_id_ from act_hi_job_log where job_state_ = 2 and job_id_ in (" + placeholders(reminders) + ")",
					String.class, reminders.toArray())).as("successful runs of the reminder timers").hasSize(reminders.size())
					.doesNotHaveDuplicates();
			// every document the steps owed was made once, on whichever node
			Await.dueDocumentsMade(db);
			assertThat(db.queryForObject("""
					select count(*) from (select 1 from documents_document where kind = 'GENERATED'
					group by owner_id, category having count(*) > 1) twice""", Integer.class)).as("documents made twice").isZero();
			assertThat(db.queryForObject("select count(*) from documents_document where category = 'final-report' and owner_id in ("
					+ placeholders(references) + ")", Integer.class, references.toArray())).isEqualTo(LIFECYCLES);
			// every mail of the outbox went out, none twice
			Awaitility.await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(db.queryForObject(
					"select count(*) from platform_mail_outbox where status <> 'SENT'", Integer.class)).isZero());
			Map<String, Long> deliveries = java.util.Arrays.stream(mail.getReceivedMessages())
					.collect(Collectors.groupingBy(FailoverIntegrationTests::messageId, Collectors.counting()));
			assertThat(deliveries.values()).as("deliveries per Message-ID").allMatch(count -> count == 1);
			assertThat(deliveries).hasSize(db.queryForObject("select count(*) from platform_mail_outbox", Integer.class));
			// what node A's listeners did not finish, node B delivered once stale: the dashboard knows every pilot
			Awaitility.await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> assertThat(db.queryForObject(
					"select count(*) from dashboard_pilot", Integer.class)).isEqualTo(db.queryForObject("select count(*) from pilot_pilot", Integer.class)));
			// the coordinator signed in on A is still signed in on B
			WebClientSession sameBrowserOnB = signedInOnA.on(b.port);
			HttpResponse<String> page = sameBrowserOnB.get("/pilotvorhaben");
			assertThat(page.statusCode()).as("signed in on B with A's session").isEqualTo(200);
			assertThat(page.body()).contains(references.get(0));
		}
		finally {
			mail.stop();
		}
	}

	private static String placeholders(List<?> values) {
		return values.stream().map(v -> "?").collect(Collectors.joining(", "));
	}

	private static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The users of the two nodes: each request goes to the node it prefers, or to the other when that one is gone. */
	static final class Cluster {

		private final List<NodeProcess> nodes;
		private final JdbcTemplate db;
		private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		private final AtomicInteger failedOver = new AtomicInteger();
		private final AtomicInteger committedUnanswered = new AtomicInteger();
		private volatile Runnable onAcknowledged = () -> {
		};

		Cluster(List<NodeProcess> nodes, JdbcTemplate db) {
			this.nodes = nodes;
			this.db = db;
		}

		void onAcknowledged(Runnable listener) {
			this.onAcknowledged = listener;
		}

		Set<String> acknowledged() {
			return acknowledged;
		}

		int failedOver() {
			return failedOver.get();
		}

		String figures() {
			return acknowledged.size() + " steps acknowledged, " + failedOver.get() + " requests failed with the node, "
					+ committedUnanswered.get() + " of them had committed before it died";
		}

		/** One pilot from its enquiry to its completion, its steps alternating between the nodes; its reference. */
		String runLifecycle(String title, String expert, int seed) {
			String reference = create(title, seed);
			int turn = seed;
			for (PilotLifecycle.Step step : PilotLifecycle.steps(expertId(reference, expert, seed))) {
				complete(reference, step, expert, ++turn);
			}
			return reference;
		}

		String create(String title, int turn) {
			for (int attempt = 0; attempt < 10; attempt++) {
				NodeProcess node = node(turn + attempt);
				try {
					HttpResponse<String> created = node.send("koordination", "POST", "/api/pilots", Api.json(PilotLifecycle.enquiry(title)));
					assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
					return Api.parse(created.body()).path("reference").asText();
				}
				catch (IOException e) {
					failed(node);
					// the node went away with the request: the pilot is there if it committed
					List<String> made = db.queryForList("select reference from pilot_pilot where title = ?", String.class, title);
					if (!made.isEmpty()) {
						return made.get(0);
					}
				}
			}
			throw new AssertionError("could not create " + title);
		}

		String expertId(String reference, String expert, int turn) {
			JsonNode ranking = read("koordination", "/api/pilots/" + reference + "/expert-ranking", turn);
			for (JsonNode ranked : ranking) {
				if (expert.equals(ranked.path("userId").asText())) {
					return ranked.path("expertId").asText();
				}
			}
			throw new AssertionError(expert + " is not in the ranking of " + reference);
		}

		/**
		 * Completes the step's open task as its user. When the node goes away with the request, the step is done if its
		 * task is no longer open (it committed before the node died), and sent again to the other node if it is.
		 */
		void complete(String reference, PilotLifecycle.Step step, String expert, int turn) {
			String user = switch (step.actor()) {
				case COORDINATOR -> "koordination";
				case EXPERT -> expert;
				case LEAD -> "leitung";
			};
			String attempted = null;
			for (int attempt = 0; attempt < 10; attempt++) {
				Map<String, String> open = openTasks(user, reference, turn + attempt);
				String taskId;
				if (attempted == null) {
					taskId = open.entrySet().stream().filter(task -> task.getValue().equals(step.taskKey())).map(Map.Entry::getKey)
							.findFirst().orElseThrow(() -> new AssertionError(user + " has no " + step.taskKey() + " in " + reference + ": " + open));
				}
				else if (open.containsKey(attempted)) {
					taskId = attempted;
				}
				else {
					// the node died after the step committed, before it answered
					committedUnanswered.incrementAndGet();
					return;
				}
				attempted = taskId;
				NodeProcess node = node(turn + attempt);
				try {
					HttpResponse<String> response = node.send(user, "POST", "/api/tasks/" + taskId + "/complete",
							Api.json(Map.of("variables", step.values())));
					assertThat(response.statusCode()).as(user + " completes " + step.taskKey() + " of " + reference + " on " + node.name
							+ ": " + response.body()).isEqualTo(204);
					acknowledged.add(taskId);
					onAcknowledged.run();
					return;
				}
				catch (IOException e) {
					failed(node);
				}
			}
			throw new AssertionError("could not complete " + step.taskKey() + " of " + reference);
		}

		private Map<String, String> openTasks(String user, String reference, int turn) {
			Map<String, String> open = new java.util.LinkedHashMap<>();
			read(user, "/api/tasks?size=200&reference=" + reference, turn).path("content")
					.forEach(task -> open.put(task.path("id").asText(), task.path("taskDefinitionKey").asText()));
			return open;
		}

		private JsonNode read(String user, String path, int turn) {
			for (int attempt = 0; attempt < 10; attempt++) {
				NodeProcess node = node(turn + attempt);
				try {
					HttpResponse<String> response = node.send(user, "GET", path, null);
					assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isEqualTo(200);
					return Api.parse(response.body());
				}
				catch (IOException e) {
					failed(node);
				}
			}
			throw new AssertionError("no node answers " + path);
		}

		/** The node whose turn it is, or the other one once that one failed a request (as a proxy skips a failed node). */
		private NodeProcess node(int turn) {
			NodeProcess preferred = nodes.get(Math.floorMod(turn, nodes.size()));
			return preferred.failed ? nodes.get(Math.floorMod(turn + 1, nodes.size())) : preferred;
		}

		private void failed(NodeProcess node) {
			failedOver.incrementAndGet();
			node.failed = true;
		}
	}
}
