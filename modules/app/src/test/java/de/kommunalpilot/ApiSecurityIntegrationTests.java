package de.kommunalpilot;

import static de.kommunalpilot.WebClientSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * REST clients use HTTP Basic with the same users on {@code /engine-rest/**} and {@code /api/**};
 * anonymous calls get 401 problem+json, and the engine applies its authorizations to the caller.
 */
@IntegrationTest
class ApiSecurityIntegrationTests {

	@LocalServerPort int port;
	@Autowired IdentityService identityService;

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/task", "/engine-rest/process-definition", "/api/municipalities/08111000",
			"/api/unknown" })
	void rejectsAnonymousCallsWithProblemJson(String path) {
		HttpResponse<String> response = basic(port, "GET", path, null, null, null, null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Basic"));
		assertThat(response.body()).contains("\"status\":401");
	}

	@Test
	void rejectsWrongPasswordOnTheApi() {
		String user = TestUsers.create(identityService, "apiwrongpassword", "richtig", "coordinators");

		assertThat(basic(port, "GET", "/engine-rest/task", user, "falsch", null, null).statusCode()).isEqualTo(401);
		assertThat(basic(port, "GET", "/api/municipalities/08111000", user, "falsch", null, null).statusCode())
				.isEqualTo(401);
	}

	@ParameterizedTest
	@ValueSource(strings = { "koordination", "leitung", "admin", "expertin", "experte" })
	void acceptsEveryDemoUserWithBasicAuthentication(String user) {
		HttpResponse<String> profile = basic(port, "GET", "/engine-rest/user/" + user + "/profile", user, "demo",
				null, null);

		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("\"id\":\"" + user + "\"");
	}

	@Test
	void engineAppliesAuthorizationsToTheCaller() {
		HttpResponse<String> lead = basic(port, "GET", "/engine-rest/process-definition?key=foundation-check", "leitung",
				"demo", null, null);
		HttpResponse<String> expert = basic(port, "GET", "/engine-rest/process-definition?key=foundation-check",
				"expertin", "demo", null, null);

		assertThat(lead.body()).contains("\"key\":\"foundation-check\"");
		assertThat(expert.statusCode()).isEqualTo(200);
		assertThat(expert.body()).isEqualTo("[]");
	}

	@Test
	void expertsHoldNoGlobalTaskPermission() {
		for (String expert : new String[] { "expertin", "experte" }) {
			HttpResponse<String> check = basic(port, "GET",
					"/engine-rest/authorization/check?permissionName=READ&resourceName=task&resourceType=7&resourceId=*",
					expert, "demo", null, null);
			assertThat(check.body()).contains("\"authorized\":false");
		}
	}

	@Test
	void onlyCoordinatorsCanStartPilotsAndOnlyTopLevelOnes() {
		String startable = "/engine-rest/process-definition?startableInTasklist=true&startablePermissionCheck=true&latestVersion=true&active=true";

		assertThat(basic(port, "GET", startable, "koordination", "demo", null, null).body())
				.contains("\"key\":\"pilot-implementation\"").doesNotContain("expert-assignment");
		for (String user : new String[] { "expertin", "leitung" }) {
			assertThat(basic(port, "GET", startable, user, "demo", null, null).body()).isEqualTo("[]");
		}
	}

	@Test
	void createsTheTasklistFiltersForEachGroup() {
		assertThat(basic(port, "GET", "/engine-rest/filter?resourceType=Task", "koordination", "demo", null, null).body())
				.contains("Meine Aufgaben", "Koordination — offen", "Überfällig").doesNotContain("Meine Pilotvorhaben");
		assertThat(basic(port, "GET", "/engine-rest/filter?resourceType=Task", "experte", "demo", null, null).body())
				.contains("Meine Aufgaben", "Überfällig", "Meine Pilotvorhaben").doesNotContain("Koordination — offen");
	}
}
