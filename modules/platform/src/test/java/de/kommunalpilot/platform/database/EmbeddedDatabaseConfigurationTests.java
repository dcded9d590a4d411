package de.kommunalpilot.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * With {@code spring.datasource.url} set, no embedded server is started and Boot's own DataSource is
 * used; without it the embedded server provides the DataSource.
 */
class EmbeddedDatabaseConfigurationTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
			.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void startsNothingWhenAnExternalDatabaseIsConfigured() {
		contexts.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example.invalid:5432/kommunalpilot")
				.run(context -> {
					assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
					assertThat(context).doesNotHaveBean(DataSource.class);
				});
	}

	@Test
	void providesTheEmbeddedDataSourceByDefault() {
		contexts.withPropertyValues("kommunalpilot.embedded-database.ephemeral=true").run(context -> {
			assertThat(context).hasSingleBean(EmbeddedPostgresServer.class);
			try (var connection = context.getBean(DataSource.class).getConnection()) {
				assertThat(connection.getMetaData().getURL()).endsWith("/kommunalpilot");
				assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			}
		});
	}
}
