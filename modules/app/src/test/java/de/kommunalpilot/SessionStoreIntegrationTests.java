package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Signed-in sessions live in the database, so every node of a cluster knows them: after signing in (and opening
 * Tasklist, whose webapp keeps its own authentication in the session) the session can be read back from the tables
 * alone — what another node does with the cookie — with the user's security context; signing out removes it.
 */
@IntegrationTest
class SessionStoreIntegrationTests {

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired FindByIndexNameSessionRepository<? extends Session> sessions;

	@Test
	void aSessionIsReadBackFromTheDatabaseWithItsSignInAndRemovedOnSignOut() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("leitung", "demo");
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(200);

		// other tests' sessions of the same user may be in the table too, some without a sign-in (signed out of the webapps)
		Map<String, ? extends Session> stored = sessions.findByPrincipalName("leitung");
		// what the table holds, named in the failure should the webapps' state ever be missing again
		StringBuilder dump = new StringBuilder("cookies " + browser.cookieSummary() + "\n");
		stored.forEach((id, session) -> dump.append(id).append(" created ").append(session.getCreationTime()).append(" accessed ")
				.append(session.getLastAccessedTime()).append(" ").append(session.getAttributeNames()).append("\n"));
		dump.append(jdbc.queryForList("select s.session_id, s.creation_time, s.last_access_time, s.principal_name, a.attribute_name from spring_session s left join spring_session_attributes a on a.session_primary_id = s.primary_id order by s.creation_time"));
		assertThat(stored.values()).as(dump.toString()).filteredOn(session -> session.getAttribute("SPRING_SECURITY_CONTEXT") != null).anySatisfy(session -> {
			SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
			assertThat(context.getAuthentication().getName()).isEqualTo("leitung");
			// the webapps' own authentication and CSRF token, read back as well
			assertThat(session.getAttributeNames()).contains("authenticatedUser", "CAMUNDA_CSRF_TOKEN");
			assertThat((Object) session.getAttribute("authenticatedUser")).isNotNull();
		});
		int before = jdbc.queryForObject("select count(*) from spring_session where principal_name = 'leitung'", Integer.class);

		String token = browser.csrfTokenFrom("/pilotvorhaben");
		assertThat(browser.postFormRaw("/logout", "_csrf=" + token).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'leitung'", Integer.class))
				.isEqualTo(before - 1);
	}
}
