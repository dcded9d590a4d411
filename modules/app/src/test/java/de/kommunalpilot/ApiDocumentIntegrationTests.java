package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's description reaches an integrator the way the README says API clients authenticate (HTTP Basic), as well
 * as a signed-in user; nobody else, and Swagger UI stays a page behind the login.
 */
@IntegrationTest
class ApiDocumentIntegrationTests {

	@LocalServerPort int port;

	@Test
	void basicClientsAndSignedInUsersGetTheDocument() {
		for (String user : new String[] { "koordination", "expertin" }) {
			HttpResponse<String> json = WebClientSession.basic(port, "GET", "/v3/api-docs", user, "demo", null, null);
			assertThat(json.statusCode()).as(user).isEqualTo(200);
			assertThat(Api.parse(json.body()).path("openapi").asText()).startsWith("3.");
			assertThat(json.headers().firstValue("Set-Cookie")).as("a Basic client gets no session").isEmpty();
		}
		HttpResponse<byte[]> yaml = WebClientSession.basicBytes(port, "/v3/api-docs.yaml", "koordination");
		assertThat(yaml.statusCode()).isEqualTo(200);
		assertThat(new String(yaml.body(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("openapi: 3.");

		WebClientSession staff = new WebClientSession(port);
		staff.login("leitung", "demo");
		assertThat(staff.get("/v3/api-docs").statusCode()).isEqualTo(200);
		assertThat(staff.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
	}

	@Test
	void nobodyElseGetsItAndSwaggerUiStaysBehindTheLogin() {
		HttpResponse<String> anonymous = WebClientSession.basic(port, "GET", "/v3/api-docs", null, null, null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(WebClientSession.basic(port, "GET", "/v3/api-docs.yaml", null, null, null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> ui = new WebClientSession(port).get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(302);
		assertThat(ui.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}
}
