package de.kommunalpilot.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the zonky binaries, one per data directory and JVM.
 * <p>
 * Several Spring contexts in one JVM (test context caching) share the server through
 * {@link #acquire}/{@link #release}; it stops when the last one lets go. A second process on the same
 * persistent data directory is refused with a clear message before PostgreSQL is touched.
 */
public final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final Map<Path, EmbeddedPostgresServer> running = new HashMap<>();
	private static final java.time.Duration SHUTDOWN_GRACE = java.time.Duration.ofSeconds(60);

	private final Path dataDirectory;
	private final boolean ephemeral;
	private final FileChannel lockChannel;
	private final FileLock lock;
	private final EmbeddedPostgres postgres;
	private final String database;
	private final String password;
	private final boolean stopOnShutdown;
	private int references;
	private boolean stopped;

	private EmbeddedPostgresServer(Path dataDirectory, boolean ephemeral, int port, String database,
			Map<String, String> serverConfig) throws IOException {
		this.dataDirectory = dataDirectory;
		this.ephemeral = ephemeral;
		this.database = database;
		Files.createDirectories(dataDirectory.getParent());
		Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock acquired;
		try {
			acquired = lockChannel.tryLock();
		}
		catch (OverlappingFileLockException e) {
			acquired = null;
		}
		if (acquired == null) {
			lockChannel.close();
			throw new EmbeddedDatabaseInUseException(dataDirectory, lockFile);
		}
		this.lock = acquired;
		Path passwordFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
		Path initdbPassword = null;
		try {
			boolean fresh = ephemeral || !Files.exists(dataDirectory.resolve("postgresql.conf"));
			boolean trusting = !fresh && !Files.exists(passwordFile);
			this.password = ephemeral || trusting ? DatabasePassword.generate() : DatabasePassword.readOrCreate(passwordFile);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
					.setDataDirectory(dataDirectory)
					.setCleanDataDirectory(ephemeral)
					.setPort(port)
					.setServerConfig("max_connections", "100")
					// loopback only; every connection with the password (scram-sha-256), never "trust"
					.setServerConfig("listen_addresses", "localhost")
					.setServerConfig("password_encryption", "scram-sha-256")
					.setPGStartupWait(java.time.Duration.ofSeconds(60));
			serverConfig.forEach(builder::setServerConfig);
			if (fresh) {
				initdbPassword = DatabasePassword.temporaryFile(password);
				builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPassword.toString())
						.setConnectConfig("password", password);
			}
			else if (!trusting) {
				builder.setConnectConfig("password", password);
			}
			builder.setDataDirectoryCustomizer(directory -> DatabasePassword.requirePasswords(directory.toPath(), trusting));
			if (!ephemeral) {
				// data kept across restarts: no commit may be lost on a crash
				builder.setServerConfig("synchronous_commit", "on");
			}
			this.postgres = builder.start();
			this.stopOnShutdown = disarmZonkysShutdownHook(postgres);
			if (trusting) {
				// a data directory from before passwords: set one, then the rules written above apply
				DatabasePassword.adopt(postgres, password);
				DatabasePassword.write(passwordFile, password);
				log.info("Embedded PostgreSQL now asks for a password; it is kept in {}", passwordFile.toAbsolutePath());
			}
			createDatabaseIfMissing();
		}
		catch (IOException | RuntimeException e) {
			lock.release();
			lockChannel.close();
			throw e;
		}
		finally {
			if (initdbPassword != null) {
				Files.deleteIfExists(initdbPassword);
			}
		}
		log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(),
				dataDirectory.toAbsolutePath());
	}

	/**
	 * Starts the server for the directory, or joins the one this JVM already runs there.
	 */
	public static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
		try {
			Path directory = properties.ephemeral()
					? Files.createTempDirectory("kommunalpilot-pg").resolve("data")
					: properties.dataDirectory().toAbsolutePath().normalize();
			Path key = properties.ephemeral() ? Path.of("<ephemeral>") : directory;
			EmbeddedPostgresServer server = running.get(key);
			if (server == null) {
				server = new EmbeddedPostgresServer(directory, properties.ephemeral(), properties.port(),
						properties.database(), properties.serverConfig());
				running.put(key, server);
			}
			server.references++;
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}

	/**
	 * Lets go of the server; the last holder stops it. A persistent data directory is never deleted.
	 */
	public void release() {
		synchronized (EmbeddedPostgresServer.class) {
			if (--references > 0) {
				return;
			}
			running.values().remove(this);
			stop();
			EmbeddedPostgresServer.class.notifyAll();
		}
	}

	private void stop() {
		if (stopped) {
			return;
		}
		stopped = true;
		try {
			if (stopOnShutdown) {
				ZonkyInternals.stop(postgres, dataDirectory, ephemeral);
			}
			else {
				postgres.close();
			}
			lock.release();
			lockChannel.close();
			if (ephemeral) {
				java.nio.file.Files.deleteIfExists(dataDirectory.getParent());
			}
			log.info("Embedded PostgreSQL stopped");
		}
		catch (IOException | RuntimeException e) {
			log.warn("Could not stop the embedded PostgreSQL cleanly", e);
		}
	}

	/**
	 * zonky stops PostgreSQL in a JVM shutdown hook of its own, which races Spring's: the engine and the
	 * event registry would lose their database while they shut down. We disarm that hook and stop the
	 * server in ours, after the Spring contexts have let go of it (or after a grace period).
	 */
	private boolean disarmZonkysShutdownHook(EmbeddedPostgres postgres) {
		if (!ZonkyInternals.disarmShutdownHook(postgres)) {
			return false;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			synchronized (EmbeddedPostgresServer.class) {
				long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
				while (references > 0 && System.nanoTime() < deadline) {
					try {
						EmbeddedPostgresServer.class.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						break;
					}
				}
				stop();
			}
		}, "kommunalpilot-postgres-shutdown"));
		return true;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
	}

	public String username() {
		return "postgres";
	}

	/** The superuser's password, generated at the first start (kept next to the data directory, owner-readable only). */
	public String password() {
		return password;
	}

	public int port() {
		return postgres.getPort();
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	public boolean ephemeral() {
		return ephemeral;
	}

	private void createDatabaseIfMissing() {
		try (Connection connection = java.sql.DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", username(), password);
				PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (ResultSet rows = exists.executeQuery()) {
				if (rows.next()) {
					return;
				}
			}
			if (!database.matches("[a-z_][a-z0-9_]*")) {
				throw new IllegalArgumentException("Invalid database name: " + database);
			}
			try (Statement create = connection.createStatement()) {
				create.execute("create database " + database + " encoding 'UTF8'");
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create the database " + database, e);
		}
	}
}
