package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wrong passwords delay an account, but nobody can lock it for good: after more failed attempts than
 * the engine's former limit the right password works again once the delay has passed. Passwords set over
 * the engine's API follow the same rules as everywhere else.
 */
@IntegrationTest
class LoginLockoutIntegrationTests {

	@LocalServerPort int port;
	@Autowired IdentityService identityService;
	@Autowired JdbcTemplate jdbc;

	/** A fresh login of this test's own, so that no demo user is touched. */
	String user(String prefix, String password) {
		String userId = prefix + System.nanoTime() % 100000;
		User user = identityService.newUser(userId);
		user.setFirstName("Lena");
		user.setLastName("Probe");
		user.setPassword(password);
		identityService.saveUser(user);
		return userId;
	}

	@Test
	void failedLoginsNeverLockAnAccountForGood() {
		String userId = user("lockout", "richtig-und-lang-genug");

		for (int attempt = 0; attempt < 15; attempt++) {
			assertThat(new Api(port, userId, "falsch").get("/api/tasks").statusCode()).isEqualTo(401);
			// the engine's delay after each attempt has passed (instead of waiting up to a minute)
			jdbc.update("update act_id_user set lock_exp_time_ = now() - interval '1 second' where id_ = ?", userId);
		}
		assertThat(jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, userId)).isEqualTo(15);

		assertThat(new Api(port, userId, "richtig-und-lang-genug").get("/api/tasks").statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select attempts_ from act_id_user where id_ = ?", Integer.class, userId)).isZero();
		identityService.deleteUser(userId);
	}

	@Test
	void setsPasswordsOverTheEngineApiOnlyByTheRules() {
		String userId = user("policy", "am-anfang-lang-genug");
		String path = "/engine-rest/user/" + userId + "/credentials";
		for (String weak : new String[] { "1", "elf-zeichen", userId + "-und-mehr" }) {
			var refused = WebClientSession.basic(port, "PUT", path, "admin", "demo", "application/json",
					Api.json(java.util.Map.of("password", weak, "authenticatedUserPassword", "demo")));
			assertThat(refused.statusCode()).as(weak).isEqualTo(400);
			assertThat(refused.body()).contains("password");
		}
		assertThat(identityService.checkPassword(userId, "am-anfang-lang-genug")).isTrue();
		var accepted = WebClientSession.basic(port, "PUT", path, "admin", "demo", "application/json",
				Api.json(java.util.Map.of("password", "ein-neues-langes-passwort", "authenticatedUserPassword", "demo")));
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
		assertThat(identityService.checkPassword(userId, "ein-neues-langes-passwort")).isTrue();
		var created = WebClientSession.basic(port, "POST", "/engine-rest/user/create", "admin", "demo", "application/json",
				Api.json(java.util.Map.of("profile", java.util.Map.of("id", userId + "x", "firstName", "Neu", "lastName", "Nutzer"),
						"credentials", java.util.Map.of("password", "kurz"))));
		assertThat(created.statusCode()).isEqualTo(400);
		assertThat(identityService.createUserQuery().userId(userId + "x").count()).isZero();
		identityService.deleteUser(userId);
	}

	/** The failures of an address count on every node: ones another node recorded delay a login here. */
	@Test
	void failuresCountedByAnotherNodeDelayALoginHere() {
		String address = "203.0.113.77";
		// a login of its own: a wrong password delays the account (the engine's delay), which must not hit a demo user
		String userId = user("throttle", "richtig-und-lang-genug");
		jdbc.update("delete from identity_login_failure where address = ?", address);
		// another node recorded the address's failures a moment ago
		jdbc.update("insert into identity_login_failure (address, failures, last_failed_at) values (?, ?, now())", address, 25);
		WebClientSession browser = new WebClientSession(port);
		java.net.http.HttpResponse<String> refused = browser.loginFrom(address, userId, "richtig-und-lang-genug");
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
		assertThat(jdbc.queryForObject("select failures from identity_login_failure where address = ?", Integer.class, address))
				.as("a refused attempt is not tried, so not counted").isEqualTo(25);

		// once the delay has passed, the right password signs in and clears the address for every node
		jdbc.update("update identity_login_failure set last_failed_at = now() - interval '1 hour' where address = ?", address);
		java.net.http.HttpResponse<String> admitted = new WebClientSession(port).loginFrom(address, userId, "richtig-und-lang-genug");
		assertThat(admitted.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		assertThat(jdbc.queryForObject("select count(*) from identity_login_failure where address = ?", Integer.class, address)).isZero();

		// a wrong password from there is counted in the database
		new WebClientSession(port).loginFrom(address, userId, "falsch-geraten");
		assertThat(jdbc.queryForObject("select failures from identity_login_failure where address = ?", Integer.class, address)).isOne();
		jdbc.update("delete from identity_login_failure where address = ?", address);
		identityService.deleteUser(userId);
	}
}
