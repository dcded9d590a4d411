package de.kommunalpilot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

/**
 * An application in a JVM of its own (the test's class path), as an operator runs a node: started with its arguments,
 * ready once its readiness probe answers, killed like {@code kill -9}. Its output goes to a file; its CPU time and
 * resident memory are read from {@code /proc}.
 */
final class NodeProcess implements AutoCloseable {

	static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	/** Clock ticks per second of {@code /proc/<pid>/stat} (USER_HZ, 100 on Linux). */
	private static final long TICKS_PER_SECOND = 100;

	final String name;
	final int port;
	final long startedAt = System.nanoTime();
	private final Process process;
	private final Path log;
	/** Set by clients once a request to this node failed. */
	volatile boolean failed;
	private long readyAfterMillis = -1;

	private NodeProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/** Kommunalpilot with the demo profile on the database, sending mail to the SMTP port. */
	static NodeProcess kommunalpilot(String name, Path work, String jdbcUrl, int smtpPort, String... more) throws IOException {
		List<String> arguments = new ArrayList<>(List.of(
				"--spring.profiles.active=demo",
				"--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres",
				"--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort,
				"--kommunalpilot.mail.interval=PT0.5S",
				"--kommunalpilot.public.rate-limit=10000",
				// a dead node's job locks and its listeners' events are taken over within seconds, not minutes
				"--camunda.bpm.job-execution.lock-time-in-millis=10000",
				"--kommunalpilot.events.staleness=PT5S",
				"--kommunalpilot.events.resubmit-interval=PT2S"));
		arguments.addAll(List.of(more));
		return start(name, work, "de.kommunalpilot.KommunalpilotApplication", arguments);
	}

	/** A main class of the class path on a free port ({@code --server.port}), in the working directory. */
	static NodeProcess start(String name, Path work, String mainClass, List<String> arguments) throws IOException {
		int port;
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = work.resolve("node-" + name + ".log");
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass, "--server.port=" + port));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
				.redirectOutput(log.toFile()).start();
		return new NodeProcess(name, port, process, log);
	}

	/** Waits until the readiness probe answers 200 (at most five minutes); fails with the log's end if the node ended. */
	void awaitReady() {
		try {
			Awaitility.await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(250)).until(() -> {
				if (!process.isAlive()) {
					throw new AssertionError("node " + name + " ended (" + process.exitValue() + "):\n" + tail());
				}
				try {
					return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).GET().build(),
							HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
				}
				catch (IOException e) {
					return false;
				}
			});
			readyAfterMillis = (System.nanoTime() - startedAt) / 1_000_000;
		}
		catch (org.awaitility.core.ConditionTimeoutException e) {
			throw new AssertionError("node " + name + " not ready:\n" + tail(), e);
		}
	}

	/** From the start of the JVM to the first successful readiness probe. */
	long readyAfterMillis() {
		return readyAfterMillis;
	}

	/** A request as the user (HTTP Basic, password "demo"), or without credentials if the user is null. */
	HttpResponse<String> send(String user, String method, String path, String body) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", "application/json, application/problem+json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	long pid() {
		return process.pid();
	}

	/** The JVM's CPU time so far (user and system), in milliseconds. */
	long cpuMillis() {
		return cpuMillis(process.pid());
	}

	/** The CPU time (user and system) of a process so far, in milliseconds; 0 once it is gone. */
	static long cpuMillis(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// the fields after the command name (in parentheses, which may contain spaces): utime is the 14th, stime the 15th
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / TICKS_PER_SECOND;
		}
		catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	/** The resident memory of the JVM, in bytes. */
	long residentBytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
				}
			}
		}
		catch (IOException e) {
			// gone
		}
		return 0;
	}

	/** As {@code kill -9}: no shutdown hook, no last commit. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			throw new AssertionError("node " + name + " did not die");
		}
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
		}
		catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}
}
