package de.kommunalpilot;

import static de.kommunalpilot.WebClientSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.municipalities.Municipalities;

/**
 * Bad input on the API gets RFC 9457 problem+json with the offending field, never a 500, and stores
 * nothing.
 */
@IntegrationTest
class ProblemDetailsIntegrationTests {

	private static final String JSON = "application/json";

	@LocalServerPort int port;
	@Autowired Municipalities municipalities;

	@Test
	void registersAMunicipality() {
		HttpResponse<String> created = post("{\"ags\":\"08125990\",\"name\":\"Gemeinde Neuerfasst\",\"population\":27000,"
				+ "\"contacts\":[{\"name\":\"Eva Berger\",\"role\":\"Agenda-2030-Beauftragte\",\"email\":\"eva.berger@example.org\"}]}");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/municipalities/08125990");
		assertThat(get("/api/municipalities/08125990").body()).contains("\"name\":\"Gemeinde Neuerfasst\"",
				"\"districtKey\":\"08125\"", "Eva Berger");
	}

	@Test
	void answersInvalidFieldsWith400NamingTheField() {
		long before = municipalities.count();

		HttpResponse<String> response = post("{\"ags\":\"12345\",\"name\":\"\",\"population\":-5,"
				+ "\"contacts\":[{\"name\":\"Eva\",\"email\":\"keine-adresse\"}]}");

		assertProblem(response, 400);
		assertThat(response.body()).contains("\"ags\":", "\"name\":", "\"population\":", "\"contacts[0].email\":");
		assertThat(municipalities.count()).isEqualTo(before);
	}

	@Test
	void answersOverlongTextWith400() {
		HttpResponse<String> response = post(
				"{\"ags\":\"08317990\",\"name\":\"" + "x".repeat(201) + "\"}");

		assertProblem(response, 400);
		assertThat(response.body()).contains("\"name\":");
		assertThat(municipalities.findByAgs("08317990")).isEmpty();
	}

	@Test
	void answersMalformedJsonWith400() {
		assertProblem(post("{\"ags\": \"0811"), 400);
	}

	@Test
	void answersUnknownResourceWith404() {
		assertProblem(get("/api/municipalities/08499999"), 404);
		assertProblem(get("/api/does-not-exist"), 404);
	}

	@Test
	void answersDuplicateWith409() {
		assertThat(municipalities.findByAgs("08222000")).isPresent();

		assertProblem(post("{\"ags\":\"08222000\",\"name\":\"Mannheim\"}"), 409);
	}

	@Test
	void answersUnsupportedMediaTypeWith415() {
		HttpResponse<String> response = basic(port, "POST", "/api/municipalities", "koordination", "demo", "text/plain",
				"ags=08111000");

		assertProblem(response, 415);
	}

	@Test
	void answersExpertsWithoutPermissionWith403() {
		HttpResponse<String> response = basic(port, "POST", "/api/municipalities", "expertin", "demo", JSON,
				"{\"ags\":\"08415990\",\"name\":\"Gemeinde Ohnerecht\"}");

		assertProblem(response, 403);
		assertThat(municipalities.findByAgs("08415990")).isEmpty();
	}

	private HttpResponse<String> post(String json) {
		return basic(port, "POST", "/api/municipalities", "koordination", "demo", JSON, json);
	}

	private HttpResponse<String> get(String path) {
		return basic(port, "GET", path, "koordination", "demo", null, null);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + status).contains("\"title\":");
	}
}
