package de.kommunalpilot.platform.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Settings of the embedded PostgreSQL that runs when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; kept across restarts unless {@code ephemeral}
 * @param port the port to listen on, {@code 0} picks a free one
 * @param database the database the application uses inside the cluster
 * @param ephemeral a throw-away cluster in a temporary folder, deleted when the JVM ends (tests)
 * @param serverConfig further settings of the server ({@code postgresql.conf}), e.g. {@code shared_preload_libraries}
 *     for the benchmark's statement statistics
 */
@ConfigurationProperties("kommunalpilot.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, Integer port, String database, boolean ephemeral,
		Map<String, String> serverConfig) {

	@ConstructorBinding
	public EmbeddedDatabaseProperties {
		dataDirectory = dataDirectory == null ? Path.of("data", "postgres") : dataDirectory;
		port = port == null ? 0 : port;
		database = database == null || database.isBlank() ? "kommunalpilot" : database;
		serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
	}

	public EmbeddedDatabaseProperties(Path dataDirectory, Integer port, String database, boolean ephemeral) {
		this(dataDirectory, port, database, ephemeral, Map.of());
	}
}
