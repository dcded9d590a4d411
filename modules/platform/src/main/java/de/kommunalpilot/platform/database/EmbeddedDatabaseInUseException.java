package de.kommunalpilot.platform.database;

import java.nio.file.Path;

/**
 * Another process already runs an embedded PostgreSQL on the same data directory.
 */
public class EmbeddedDatabaseInUseException extends IllegalStateException {

	private final Path dataDirectory;

	EmbeddedDatabaseInUseException(Path dataDirectory, Path lockFile) {
		super("The embedded database in " + dataDirectory.toAbsolutePath() + " is already in use by another "
				+ "process (lock file " + lockFile.toAbsolutePath() + ").");
		this.dataDirectory = dataDirectory;
	}

	public Path dataDirectory() {
		return dataDirectory;
	}
}
