package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One login for the pages and the Camunda webapps; logout ends both; the webapps speak German.
 */
@IntegrationTest
class SingleSignOnIntegrationTests {

	@LocalServerPort int port;
	@Autowired IdentityService identityService;

	@ParameterizedTest
	@CsvSource({
			"koordination, /camunda/app/tasklist/, tasklist",
			"expertin,     /camunda/app/tasklist/, tasklist",
			"experte,      /camunda/app/tasklist/, tasklist",
			"leitung,      /dashboard,             cockpit",
			"admin,        /camunda/app/admin/,    admin" })
	void everyDemoUserLogsInOnceAndLandsInTheirWebapp(String user, String landing, String app) {
		WebClientSession browser = new WebClientSession(port);

		HttpResponse<String> login = browser.login(user, "demo");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(browser.get("/").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith(landing));

		assertThat(browser.get("/camunda/app/" + app + "/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> webappUser = browser.get("/camunda/api/admin/auth/user/default");
		assertThat(webappUser.statusCode()).isEqualTo(200);
		assertThat(webappUser.body()).contains("\"userId\":\"" + user + "\"").contains("\"" + app + "\"");
	}

	@Test
	void rejectsWrongPassword() {
		WebClientSession browser = new WebClientSession(port);
		String user = TestUsers.create(identityService, "ssowrongpassword", "richtig", "coordinators");

		assertThat(browser.login(user, "falsch").headers().firstValue("Location"))
				.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
	}

	@Test
	void sendsAnonymousVisitorsToTheLoginPage() {
		WebClientSession browser = new WebClientSession(port);

		HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(302);
		assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(browser.get("/login").body()).contains("Anmelden", "Benutzername", "Passwort");
	}

	@Test
	void expertsHaveNoAccessToCockpitOrAdmin() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("expertin", "demo");

		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
		assertThat(browser.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
	}

	@Test
	void logoutFromTasklistEndsTheSessionEverywhere() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("koordination", "demo");
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(200);

		HttpResponse<String> logout = browser.postToWebappApi("/camunda/api/admin/auth/user/default/logout");

		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
		assertThat(browser.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void logoutFromTheAppEndsTheWebappSessionToo() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("leitung", "demo");
		assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
		String csrf = browser.csrfTokenFrom("/login");

		HttpResponse<String> logout = browser.postForm("/logout", "_csrf=" + csrf);

		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?logout"));
		assertThat(browser.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
	}

	@Test
	void servesTheWebappsInGermanWithTheProductNameAndWithoutTheEndOfLifeBanner() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("koordination", "demo");

		String base = browser.get("/camunda/app/kommunalpilot/config-base.js").body();
		assertThat(base).contains("availableLocales: ['de']", "fallbackLocale: 'de'", "vendor: 'Kommunalpilot'",
				"customScripts: ['../kommunalpilot/sso', '../kommunalpilot/accessibility']");
		assertThat(browser.get("/camunda/app/kommunalpilot/sso.js").body()).contains("'/login'");
		assertThat(browser.get("/camunda/app/kommunalpilot/user-styles.css").body())
				.contains(".ce-eol-banner").contains("display: none");
		for (String app : new String[] { "tasklist", "cockpit", "admin", "welcome" }) {
			assertThat(browser.get("/camunda/app/" + app + "/scripts/config.js").body())
					.contains("import base, { appName } from '../../kommunalpilot/config-base.js'", "...base");
			assertThat(browser.get("/camunda/app/" + app + "/styles/user-styles.css").body())
					.contains("@import url('../../kommunalpilot/user-styles.css')");
			assertThat(browser.get("/camunda/app/" + app + "/locales/de.json").statusCode()).isEqualTo(200);
		}
		assertThat(browser.get("/camunda/app/tasklist/locales/de.json").body()).contains("Alle Aufgaben");
	}
}
