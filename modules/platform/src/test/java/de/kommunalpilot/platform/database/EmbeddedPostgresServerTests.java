package de.kommunalpilot.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps its data across restarts, is shared inside one JVM, and refuses a
 * second process on the same data directory with a clear message.
 */
class EmbeddedPostgresServerTests {

	@TempDir Path folder;

	@Test
	void keepsDataAcrossRestarts() throws SQLException {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(folder.resolve("postgres"), 0, null, false);

		EmbeddedPostgresServer first = EmbeddedPostgresServer.acquire(properties);
		try {
			execute(first, "create table note (text varchar(100))", "insert into note values ('vor dem Neustart')");
		}
		finally {
			first.release();
		}

		EmbeddedPostgresServer second = EmbeddedPostgresServer.acquire(properties);
		try {
			assertThat(second).isNotSameAs(first);
			assertThat(queryString(second, "select text from note")).isEqualTo("vor dem Neustart");
			assertThat(queryString(second, "show server_version")).startsWith("17.");
			assertThat(queryString(second, "show synchronous_commit")).isEqualTo("on");
		}
		finally {
			second.release();
		}
		assertThat(folder.resolve("postgres").resolve("PG_VERSION")).exists();
	}

	@Test
	void asksEveryConnectionForThePasswordKeptBesideTheData() throws Exception {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(folder.resolve("guarded"), 0, null, false);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(properties);
		try {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
					.isInstanceOf(SQLException.class).hasMessageContaining("password");
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "falsch").close())
					.isInstanceOf(SQLException.class).hasMessageContaining("password");
			assertThat(queryString(server, "show listen_addresses")).isEqualTo("localhost");
			Path passwordFile = folder.resolve("guarded.password");
			assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThan(20);
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)))
					.isEqualTo("rw-------");
			assertThat(Files.readString(folder.resolve("guarded").resolve("pg_hba.conf"))).doesNotContain("trust");
		}
		finally {
			server.release();
		}
	}

	@Test
	void givesADataDirectoryFromBeforePasswordsAPasswordAndKeepsItsData() throws Exception {
		Path directory = folder.resolve("legacy");
		try (io.zonky.test.db.postgres.embedded.EmbeddedPostgres trusting = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
				.setDataDirectory(directory).setCleanDataDirectory(false).start();
				Connection connection = trusting.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create table legacy (text varchar(100))");
			statement.execute("insert into legacy values ('von früher')");
		}

		EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(directory, 0, null, false));
		try {
			assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close()).isInstanceOf(SQLException.class);
			try (Connection connection = DriverManager.getConnection(
					"jdbc:postgresql://localhost:" + server.port() + "/postgres", "postgres", server.password());
					Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select text from legacy")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("von früher");
			}
		}
		finally {
			server.release();
		}
		EmbeddedPostgresServer again = EmbeddedPostgresServer.acquire(new EmbeddedDatabaseProperties(directory, 0, null, false));
		try {
			assertThat(queryString(again, "select 'wieder da'")).isEqualTo("wieder da");
		}
		finally {
			again.release();
		}
	}

	@Test
	void sharesOneServerPerDirectoryInsideTheJvm() {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(folder.resolve("shared"), 0, null, false);

		EmbeddedPostgresServer first = EmbeddedPostgresServer.acquire(properties);
		EmbeddedPostgresServer second = EmbeddedPostgresServer.acquire(properties);
		try {
			assertThat(second).isSameAs(first);
			first.release();
			assertThat(queryString(second, "select 'noch da'")).isEqualTo("noch da");
		}
		finally {
			second.release();
		}
	}

	@Test
	void refusesADataDirectoryThatAnotherProcessHolds() throws Exception {
		Path dataDirectory = folder.resolve("busy");
		Files.createDirectories(folder);
		try (FileChannel channel = FileChannel.open(folder.resolve("busy.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {

			assertThatThrownBy(() -> EmbeddedPostgresServer
					.acquire(new EmbeddedDatabaseProperties(dataDirectory, 0, null, false)))
					.isInstanceOf(EmbeddedDatabaseInUseException.class)
					.hasMessageContaining("already in use");
		}
		assertThat(dataDirectory).doesNotExist();
	}

	private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String queryString(EmbeddedPostgresServer server, String sql) {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
