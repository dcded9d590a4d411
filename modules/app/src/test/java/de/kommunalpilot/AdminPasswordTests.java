package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Outside the demo profile there is no default password: without the administrator's password from the
 * environment the application refuses to start, before it starts a database or anything else.
 */
class AdminPasswordTests {

	@Test
	void refusesToStartWithoutAdminPasswordOutsideTheDemoProfile() {
		SpringApplicationBuilder application = new SpringApplicationBuilder(KommunalpilotApplication.class)
				.profiles("production")
				.properties("kommunalpilot.embedded-database.ephemeral=true", "server.port=0");

		assertThatThrownBy(() -> application.run()).hasMessageContaining("KOMMUNALPILOT_ADMIN_PASSWORD");
	}
}
