package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.apiclient.ApiClient;
import de.kommunalpilot.apiclient.ApiException;
import de.kommunalpilot.apiclient.api.PilotsApi;
import de.kommunalpilot.apiclient.model.CompleteRequest;
import de.kommunalpilot.apiclient.model.EnquiryRequest;
import de.kommunalpilot.apiclient.model.PilotDetail;
import de.kommunalpilot.apiclient.model.Problem;
import de.kommunalpilot.apiclient.model.TaskView;

/**
 * The API as an integrator meets it: a client generated from the checked-in description ({@code docs/api/openapi.json},
 * the one the app serves) takes a pilot from the enquiry through the first talk as the demo users, and what the
 * description promises for bad input holds — an undeclared field or a wrong type is a 400 problem naming the field, in
 * the shape of the description's {@code Problem}, and changes nothing.
 */
@IntegrationTest
class ApiContractIntegrationTests {

	private static final JsonNode DESCRIPTION = description();

	@LocalServerPort int port;

	@Test
	void aGeneratedClientTakesAPilotFromTheEnquiryThroughTheFirstTalk() throws ApiException {
		PilotsApi coordinator = new PilotsApi(client("koordination"));
		PilotDetail pilot = coordinator.createPilot(enquiry("Globales Lernen an Grundschulen"));
		String reference = pilot.getReference();
		assertThat(reference).matches("P-\\d{4}-\\d{4,}");
		assertThat(pilot.getPhase()).isEqualTo("ENQUIRY");
		assertThat(pilot.getMunicipality()).isEqualTo("Stadt Rottenburg am Neckar");

		TaskView check = onlyTask(coordinator, reference);
		assertThat(check.getTaskDefinitionKey()).isEqualTo("Task_CheckEnquiry");
		assertThat(check.getPilotReference()).isEqualTo(reference);
		coordinator.completeTask(check.getId(), new CompleteRequest().variables(Map.of("enquiryDecision", "accept")));

		TaskView talk = onlyTask(coordinator, reference);
		assertThat(talk.getTaskDefinitionKey()).isEqualTo("Task_CaptureNeeds");
		assertThat(talk.getDue()).as("the first talk has a due date").isNotNull();
		coordinator.completeTask(talk.getId(), new CompleteRequest().variables(PilotLifecycle.untilTheRequest("unused").get(1).values()));

		PilotDetail afterTheTalk = coordinator.getPilot(reference);
		assertThat(afterTheTalk.getPhase()).isEqualTo("PRACTICE_SELECTION");
		assertThat(afterTheTalk.getNeeds()).isEqualTo("Schulen wollen globales Lernen anbieten.");
		assertThat(afterTheTalk.getSdgs()).containsExactlyInAnyOrder(4, 10);
		assertThat(afterTheTalk.getPhaseHistory()).extracting(phase -> phase.getPhase()).contains("ENQUIRY", "INTAKE", "PRACTICE_SELECTION");
		assertThat(onlyTask(coordinator, reference).getTaskDefinitionKey()).isEqualTo("Task_ChoosePractice");

		// an expert not asked for the pilot: 403 as the description says, a problem of its shape
		ApiException hidden = catchThrowableOfType(ApiException.class, () -> new PilotsApi(client("expertin")).getPilot(reference));
		assertThat(hidden.getCode()).isEqualTo(403);
		assertDocumented("/api/pilots/{reference}", "get", hidden);
		assertThat(problem(hidden).getType()).hasToString("urn:kommunalpilot:problem:forbidden");
		// and without credentials: 401
		ApiException anonymous = catchThrowableOfType(ApiException.class, () -> new PilotsApi(client(null)).getPilot(reference));
		assertThat(anonymous.getCode()).isEqualTo(401);
		assertDocumented("/api/pilots/{reference}", "get", anonymous);
	}

	@Test
	void anUndeclaredFieldOrAWrongTypeIsAnsweredAsTheDescriptionSays() throws ApiException {
		PilotsApi coordinator = new PilotsApi(client("koordination"));
		String reference = coordinator.createPilot(enquiry("Faire Beschaffung")).getReference();
		long pilots = coordinator.listPilots(null, 0, 1).getTotalElements();
		TaskView check = onlyTask(coordinator, reference);

		// a task completion: a variable the form does not declare, and a value of the wrong type
		ApiException undeclared = catchThrowableOfType(ApiException.class, () -> coordinator.completeTask(check.getId(),
				new CompleteRequest().variables(Map.of("enquiryDecision", "accept", "businessKey", "P-2000-0001"))));
		assertBadRequestNaming("/api/tasks/{id}/complete", undeclared, "businessKey");
		ApiException wrongType = catchThrowableOfType(ApiException.class, () -> coordinator.completeTask(check.getId(),
				new CompleteRequest().variables(Map.of("enquiryDecision", List.of("accept", "decline")))));
		assertBadRequestNaming("/api/tasks/{id}/complete", wrongType, "enquiryDecision");
		assertThat(onlyTask(coordinator, reference).getId()).as("the task is still open").isEqualTo(check.getId());

		// a request body: a field its schema does not declare (additionalProperties: false), and a value of the wrong type
		Map<String, Object> body = new java.util.HashMap<>(PilotLifecycle.enquiry("Undeklariert"));
		body.put("phase", "COMPLETED");
		assertBadRequestNaming("/api/pilots", raw("koordination", "POST", "/api/pilots", Api.json(body)), "phase");
		Map<String, Object> typed = new java.util.HashMap<>(PilotLifecycle.enquiry("Falscher Typ"));
		typed.put("title", Map.of("de", "Titel"));
		assertBadRequestNaming("/api/pilots", raw("koordination", "POST", "/api/pilots", Api.json(typed)), "title");
		assertThat(coordinator.listPilots(null, 0, 1).getTotalElements()).as("nothing was created").isEqualTo(pilots);
	}

	private TaskView onlyTask(PilotsApi api, String reference) throws ApiException {
		List<TaskView> tasks = api.listMyTasks(0, 50, reference).getContent();
		assertThat(tasks).as("open tasks of " + reference).hasSize(1);
		return tasks.get(0);
	}

	private static EnquiryRequest enquiry(String title) {
		Map<String, Object> values = PilotLifecycle.enquiry(title);
		return new EnquiryRequest().ags((String) values.get("ags")).municipalityName((String) values.get("municipalityName"))
				.title(title).enquiry((String) values.get("enquiry")).contactName((String) values.get("contactName"))
				.contactEmail((String) values.get("contactEmail"));
	}

	/** A client as the README tells integrators to make one: the app's address and HTTP Basic. */
	private ApiClient client(String user) {
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://127.0.0.1:" + port);
		if (user != null) {
			String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
			client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
		}
		return client;
	}

	/** What a typed client cannot send: the body as it is, with HTTP Basic; the answer as the generated client reports one. */
	private ApiException raw(String user, String method, String path, String json) {
		HttpResponse<String> response = WebClientSession.basic(port, method, path, user, "demo", "application/json", json);
		return new ApiException(response.statusCode(), response.headers(), response.body());
	}

	private void assertBadRequestNaming(String path, ApiException answer, String field) {
		assertThat(answer).as("an answer").isNotNull();
		assertThat(answer.getCode()).as(answer.getResponseBody()).isEqualTo(400);
		assertDocumented(path, "post", answer);
		Problem problem = problem(answer);
		assertThat(problem.getType()).hasToString("urn:kommunalpilot:problem:" + (path.startsWith("/api/tasks") ? "validation" : "malformed"));
		assertThat(problem.getStatus()).isEqualTo(400);
		assertThat(problem.getErrors()).containsKey(field);
	}

	/** The status is one the operation's description lists, with its media type, and the body has the Problem schema's fields only. */
	private static void assertDocumented(String path, String method, ApiException answer) {
		JsonNode documented = DESCRIPTION.path("paths").path(path).path(method).path("responses").path(String.valueOf(answer.getCode()));
		assertThat(documented.isMissingNode()).as(method + " " + path + " documents " + answer.getCode()).isFalse();
		assertThat(documented.path("content").fieldNames()).toIterable().containsExactly(ApiDescription.PROBLEM_JSON);
		assertThat(answer.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(ApiDescription.PROBLEM_JSON));
		Set<String> declared = new HashSet<>();
		DESCRIPTION.path("components").path("schemas").path(ApiDescription.PROBLEM).path("properties").fieldNames().forEachRemaining(declared::add);
		Set<String> sent = new HashSet<>();
		Api.parse(answer.getResponseBody()).fieldNames().forEachRemaining(sent::add);
		assertThat(declared).as("the Problem schema declares every field of the answer").containsAll(sent);
		DESCRIPTION.path("components").path("schemas").path(ApiDescription.PROBLEM).path("required")
				.forEach(required -> assertThat(sent).contains(required.asText()));
	}

	private static Problem problem(ApiException answer) {
		try {
			return ApiClient.createDefaultObjectMapper().readValue(answer.getResponseBody(), Problem.class);
		}
		catch (IOException e) {
			throw new AssertionError("not a Problem: " + answer.getResponseBody(), e);
		}
	}

	private static JsonNode description() {
		try {
			return Api.parse(Files.readString(ApiDocumentIntegrationTests.CHECKED_IN, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
