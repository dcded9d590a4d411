package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A REST client for one user (HTTP Basic, password "demo") against the running test server.
 */
final class Api {

	private static final ObjectMapper json = new ObjectMapper();

	private final int port;
	private final String user;

	Api(int port, String user) {
		this.port = port;
		this.user = user;
	}

	HttpResponse<String> get(String path) {
		return WebClientSession.basic(port, "GET", path, user, "demo", null, null);
	}

	HttpResponse<String> post(String path, Object body) {
		try {
			return WebClientSession.basic(port, "POST", path, user, "demo", "application/json",
					body instanceof String text ? text : json.writeValueAsString(body));
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	JsonNode getJson(String path) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(user + " GET " + path + ": " + response.body()).isEqualTo(200);
		return parse(response.body());
	}

	/** The id of this user's open task with the key in the pilot, as /api/tasks lists it. */
	String task(String reference, String taskDefinitionKey) {
		for (JsonNode task : getJson("/api/tasks")) {
			if (reference.equals(task.path("pilotReference").asText()) && taskDefinitionKey.equals(task.path("taskDefinitionKey").asText())) {
				return task.path("id").asText();
			}
		}
		throw new AssertionError(user + " has no task " + taskDefinitionKey + " in " + reference);
	}

	void complete(String reference, String taskDefinitionKey, Object variables) {
		String id = task(reference, taskDefinitionKey);
		HttpResponse<String> response = post("/api/tasks/" + id + "/complete", java.util.Map.of("variables", variables));
		assertThat(response.statusCode()).as(user + " completes " + taskDefinitionKey + ": " + response.body()).isEqualTo(204);
	}

	static JsonNode parse(String body) {
		try {
			return json.readTree(body);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(body, e);
		}
	}
}
