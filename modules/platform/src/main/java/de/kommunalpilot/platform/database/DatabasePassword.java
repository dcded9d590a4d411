package de.kommunalpilot.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL's password: generated at the first start, kept in a file only its owner may
 * read, required on every connection (scram-sha-256 in {@code pg_hba.conf}, loopback only).
 */
final class DatabasePassword {

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private DatabasePassword() {
	}

	static String generate() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8).strip();
	}

	static String readOrCreate(Path file) throws IOException {
		if (Files.exists(file)) {
			return Files.readString(file, StandardCharsets.UTF_8).strip();
		}
		String password = generate();
		write(file, password);
		return password;
	}

	/** A file with the password for initdb's {@code --pwfile}, deleted after the start. */
	static Path temporaryFile(String password) throws IOException {
		Path file = Files.createTempFile("kommunalpilot-pg", ".pw");
		write(file, password);
		return file;
	}

	static void write(Path file, String password) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
		try {
			Files.setPosixFilePermissions(file, OWNER_ONLY);
		}
		catch (UnsupportedOperationException e) {
			// not a POSIX file system: the file keeps the directory's permissions
		}
	}

	/**
	 * The connection rules: the password for every connection, over the local socket and loopback only.
	 * A data directory from before passwords keeps "trust" until {@link #adopt} has set one.
	 */
	static void requirePasswords(Path dataDirectory, boolean stillTrusting) {
		String method = stillTrusting ? "trust" : "scram-sha-256";
		String rules = """
				# written by Kommunalpilot: every connection needs the password (see README)
				local   all   all                 %1$s
				host    all   all   127.0.0.1/32  %1$s
				host    all   all   ::1/128       %1$s
				""".formatted(method);
		try {
			Files.writeString(dataDirectory.resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write pg_hba.conf", e);
		}
	}

	/** Sets the password on a server that still trusts, then makes it ask for the password. */
	static void adopt(EmbeddedPostgres postgres, String password) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("set password_encryption = 'scram-sha-256'");
			statement.execute("alter user postgres password '" + password.replace("'", "''") + "'");
			requirePasswords(Path.of(currentDataDirectory(connection)), false);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not set the embedded PostgreSQL's password", e);
		}
	}

	private static String currentDataDirectory(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); var rows = statement.executeQuery("show data_directory")) {
			rows.next();
			return rows.getString(1);
		}
	}
}
