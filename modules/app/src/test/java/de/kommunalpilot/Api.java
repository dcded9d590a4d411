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
	private final String password;

	Api(int port, String user) {
		this(port, user, "demo");
	}

	Api(int port, String user, String password) {
		this.port = port;
		this.user = user;
		this.password = password;
	}

	HttpResponse<String> get(String path) {
		return WebClientSession.basic(port, "GET", path, user, password, null, null);
	}

	HttpResponse<String> post(String path, Object body) {
		try {
			return WebClientSession.basic(port, "POST", path, user, password, "application/json",
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
		for (JsonNode task : getJson("/api/tasks?size=200&reference=" + reference).path("content")) {
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

	HttpResponse<String> delete(String path) {
		return WebClientSession.basic(port, "DELETE", path, user, password, null, null);
	}

	/**
	 * Completes the open task with the key in the case (business key) like Tasklist does: the engine's REST
	 * API as this user.
	 */
	HttpResponse<String> submit(org.camunda.bpm.engine.TaskService taskService, String businessKey, String taskKey,
			java.util.Map<String, Object> values) {
		org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
				.taskDefinitionKey(taskKey).singleResult();
		assertThat(task).as("open task " + taskKey + " of " + businessKey).isNotNull();
		java.util.Map<String, Object> variables = new java.util.HashMap<>();
		values.forEach((name, value) -> {
			try {
				// lists and maps travel as JSON, like Tasklist sends dynamic lists and checklists
				variables.put(name, value instanceof java.util.Collection<?> || value instanceof java.util.Map<?, ?>
						? java.util.Map.of("value", json.writeValueAsString(value), "type", "Json")
						: java.util.Map.of("value", value));
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		});
		return post("/engine-rest/task/" + task.getId() + "/submit-form", java.util.Map.of("variables", variables));
	}

	String user() {
		return user;
	}

	static String json(Object value) {
		try {
			return json.writeValueAsString(value);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
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
