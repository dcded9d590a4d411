package de.kommunalpilot.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Identity settings.
 *
 * @param admin the administrator created at start-up; outside the demo profile its password must come
 *     from the environment ({@code KOMMUNALPILOT_ADMIN_PASSWORD})
 */
@ConfigurationProperties("kommunalpilot")
public record IdentityProperties(Admin admin) {

	public IdentityProperties {
		admin = admin == null ? new Admin(null, null) : admin;
	}

	public record Admin(String user, String password) {

		public Admin {
			user = user == null || user.isBlank() ? "admin" : user;
		}
	}
}
