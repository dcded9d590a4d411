package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API's description reaches an integrator the way the README says API clients authenticate (HTTP Basic), as well
 * as a signed-in user; nobody else, and Swagger UI stays a page behind the login. The copy in {@code docs/api} (which the
 * lint checks and the contract test's client is generated from) is the one the app serves.
 */
@IntegrationTest
class ApiDocumentIntegrationTests {

	/** The description as checked in (the lint's and the generated client's input), from the app module's directory. */
	static final Path CHECKED_IN = Path.of("../../docs/api/openapi.json");

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

	/**
	 * The checked-in description is what the app serves. After a change to the API, run this test with
	 * {@code -Dapi.document.write=true} to write the new one to {@code docs/api/openapi.json} (and review the diff).
	 */
	@Test
	void theCheckedInDescriptionIsTheOneServed() throws IOException {
		HttpResponse<String> served = WebClientSession.basic(port, "GET", "/v3/api-docs", "leitung", "demo", null, null);
		assertThat(served.statusCode()).isEqualTo(200);
		Path checkedIn = CHECKED_IN;
		Files.writeString(Path.of("target/openapi.json"), served.body(), StandardCharsets.UTF_8);
		if (Boolean.getBoolean("api.document.write")) {
			Files.writeString(checkedIn, served.body(), StandardCharsets.UTF_8);
		}
		com.fasterxml.jackson.databind.JsonNode document = Api.parse(served.body());
		java.util.Set<String> tags = new java.util.HashSet<>();
		document.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
		// what an integrator reads: every operation summarised, every parameter and every field described
		document.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue().path("properties").fields()
				.forEachRemaining(property -> assertThat(property.getValue().has("description") || property.getValue().has("$ref"))
						.as(schema.getKey() + "." + property.getKey() + " is described").isTrue()));
		document.path("paths").forEach(path -> path.forEach(operation -> {
			assertThat(operation.path("summary").asText()).as(operation.path("operationId").asText()).isNotBlank();
			operation.path("parameters").forEach(parameter -> assertThat(parameter.path("description").asText())
					.as(operation.path("operationId").asText() + " " + parameter.path("name").asText() + " is described").isNotBlank());
			assertThat(tags).as("the module of " + operation.path("operationId").asText() + " is a declared tag")
					.contains(operation.path("tags").path(0).asText());
		}));
		assertThat(Api.parse(Files.readString(checkedIn, StandardCharsets.UTF_8)))
				.as("docs/api/openapi.json is not what the app serves (now in modules/app/target/openapi.json); "
						+ "run ApiDocumentIntegrationTests with -Dapi.document.write=true and review the diff")
				.isEqualTo(Api.parse(served.body()));
	}
}
