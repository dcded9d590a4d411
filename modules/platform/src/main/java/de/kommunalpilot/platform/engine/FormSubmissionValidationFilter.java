package de.kommunalpilot.platform.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.TaskForms;
import de.kommunalpilot.platform.TaskState;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Checks form submissions that reach the engine over HTTP (Tasklist, the engine's REST API) with
 * {@link TaskForms} before the engine sees them: bad input gets a 400 with a German
 * message, in the engine's error format that Tasklist shows, and changes nothing.
 */
class FormSubmissionValidationFilter extends OncePerRequestFilter {

	private static final Pattern TASK = Pattern.compile(
			".*/(?:engine-rest|api/engine/engine/[^/]+)(?:/engine/[^/]+)?/task/([^/]+)/(?:complete|submit-form)$");
	private static final Pattern DEFINITION_BY_ID = Pattern.compile(
			".*/(?:engine-rest|api/engine/engine/[^/]+)(?:/engine/[^/]+)?/process-definition/([^/]+)/(?:start|submit-form)$");
	private static final Pattern DEFINITION_BY_KEY = Pattern.compile(
			".*/(?:engine-rest|api/engine/engine/[^/]+)(?:/engine/[^/]+)?/process-definition/key/([^/]+)/(?:start|submit-form)$");

	private final RepositoryService repositoryService;
	private final TaskForms forms;
	private final ObjectMapper json = new ObjectMapper();

	FormSubmissionValidationFilter(RepositoryService repositoryService, TaskForms forms) {
		this.repositoryService = repositoryService;
		this.forms = forms;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		Matcher task = TASK.matcher(path);
		Matcher byId = DEFINITION_BY_ID.matcher(path);
		Matcher byKey = DEFINITION_BY_KEY.matcher(path);
		if (!task.matches() && !byId.matches() && !byKey.matches()) {
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readAllBytes();
		try {
			if (task.matches()) {
				TaskState state = forms.checkSubmission(task.group(1), request.getUserPrincipal(), submitted(body));
				if (state != TaskState.OPEN) {
					reject(response, state.status(), state.type(), state.message(), Map.of());
					return;
				}
			}
			else {
				String key = byKey.matches() ? byKey.group(1) : null;
				List<ProcessDefinition> definitions = key != null
						? repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().list()
						: repositoryService.createProcessDefinitionQuery().processDefinitionId(byId.group(1)).list();
				if (definitions.size() == 1) {
					String startEvent = startEvent(definitions.get(0));
					if (startEvent != null) {
						forms.validate(definitions.get(0).getKey(), startEvent, submitted(body));
					}
				}
			}
		}
		catch (InvalidInputException problem) {
			reject(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", problem.getMessage(),
					problem.errors());
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	private String startEvent(ProcessDefinition definition) {
		return repositoryService.getBpmnModelInstance(definition.getId())
				.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
				.filter(start -> start.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process)
				.map(org.camunda.bpm.model.bpmn.instance.StartEvent::getId).findFirst().orElse(null);
	}

	private Map<String, Object> submitted(byte[] body) {
		Map<String, Object> values = new HashMap<>();
		if (body.length == 0) {
			return values;
		}
		try {
			JsonNode variables = json.readTree(body).path("variables");
			variables.fields().forEachRemaining(entry -> {
				JsonNode typed = entry.getValue();
				JsonNode value = typed.path("value");
				String type = typed.path("type").asText("");
				Object plain = json.convertValue(value, Object.class);
				if ("json".equalsIgnoreCase(type) && plain instanceof String text) {
					try {
						plain = json.readValue(text, Object.class);
					}
					catch (IOException e) {
						// left as text; the validator reports it as invalid
					}
				}
				values.put(entry.getKey(), plain);
			});
		}
		catch (IOException e) {
			// malformed JSON: the engine answers it itself
		}
		return values;
	}

	private void reject(HttpServletResponse response, int status, String type, String message, Map<String, String> errors)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), Map.of("type", type, "message", message, "errors", errors));
	}

	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}
}
