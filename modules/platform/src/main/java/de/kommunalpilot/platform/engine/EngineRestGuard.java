package de.kommunalpilot.platform.engine;

import java.io.IOException;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.RequestPaths;
import de.kommunalpilot.platform.TaskCompletions;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Enforces the {@link EngineRestAllowList} on the engine's REST surface ({@code /engine-rest/**} and the
 * webapps' {@code /camunda/api/engine/**}). Completions and starts go through {@link TaskCompletions} for
 * everyone, administrators included; reads and queries pass (the engine's authorizations decide what each
 * user sees); claims, hand-overs within the team and the follow-up date are done here. Every other
 * operation — BPMN errors, escalations, task edits, delegation, variable writes, messages, modifications,
 * deletions, deployments — is 403 for all but administrators and changes nothing.
 * Paths are matched after the container decoded and normalised them, without regard to letter case or
 * a trailing slash, so an encoded or decorated path reaches the same rule.
 */
class EngineRestGuard extends OncePerRequestFilter {

	/** The webapps' CSRF token: session attribute and header of Camunda's {@code CsrfPreventionFilter} (CsrfConstants). */
	static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
	static final String CSRF_HEADER = "X-XSRF-TOKEN";
	private static final String WEBAPP_API = "/camunda/api/";

	private static final Pattern ENGINE = Pattern.compile("^/(?:engine-rest|camunda/api/engine)(?:/engine/[^/]+)?(?:/(.*))?$",
			Pattern.CASE_INSENSITIVE);
	static final Pattern START = Pattern.compile(
			"^process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$", Pattern.CASE_INSENSITIVE);
	/** What a task update may carry unchanged; only the follow-up date may differ. */
	private static final List<String> TASK_FIELDS = List.of("name", "description", "assignee", "owner", "delegationState", "due",
			"priority", "parentTaskId", "caseInstanceId", "tenantId");

	private final TaskCompletions completions;
	private final TaskStates states;
	private final TaskService taskService;
	private final IdentityService identityService;
	private final org.camunda.bpm.engine.RepositoryService repositoryService;
	private final EngineSystemCalls systemCalls;
	private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	EngineRestGuard(TaskCompletions completions, TaskStates states, TaskService taskService, IdentityService identityService,
			org.camunda.bpm.engine.RepositoryService repositoryService, EngineSystemCalls systemCalls) {
		this.repositoryService = repositoryService;
		this.completions = completions;
		this.states = states;
		this.taskService = taskService;
		this.identityService = identityService;
		this.systemCalls = systemCalls;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher engine = ENGINE.matcher(RequestPaths.normalised(request));
		if (!engine.matches()) {
			chain.doFilter(request, response);
			return;
		}
		String operation = engine.group(1) == null ? "" : engine.group(1);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String user = authentication == null ? null : authentication.getName();
		Set<String> groups = authentication == null ? Set.of()
				: authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(java.util.stream.Collectors.toSet());
		boolean admin = groups.contains(EngineRestAllowList.ADMINS);
		try {
			EngineRestAllowList.Entry entry = EngineRestAllowList.match(request.getMethod(), operation).orElse(null);
			if (entry == null || !admin && entry.groups().stream().noneMatch(groups::contains)) {
				if (!admin) {
					throw new NotPermittedException("Diese Aktion ist für Ihre Rolle nicht erlaubt.");
				}
				chain.doFilter(checkPassword(request, operation), response);
				return;
			}
			if (entry.action().carriedOutHere()) {
				requireWebappCsrfToken(request, response);
			}
			switch (entry.action()) {
				case READ, QUERY -> chain.doFilter(request, response);
				case COMPLETE -> {
					completions.complete(id(operation, 1), user, groups, variables(request, Set.of("withVariablesInReturn")));
					response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				}
				case START -> {
					Matcher start = START.matcher(operation);
					start.matches();
					String key = start.group(1) != null ? start.group(1) : definitionKey(start.group(2));
					TaskCompletions.Started started = completions.start(key, user, groups, variables(request, Set.of("withVariablesInReturn")));
					write(response, HttpServletResponse.SC_OK, Map.of("id", started.id(), "definitionId", started.definitionId(),
							"businessKey", started.businessKey() == null ? "" : started.businessKey(), "ended", false, "suspended", false,
							"links", List.of()));
				}
				case COMMENT -> {
					Task task = openTask(id(operation, 1));
					if (!admin && !states.mayWork(task, user, groups)) {
						throw new NotPermittedException(TaskState.NOT_YOURS.message());
					}
					chain.doFilter(request, response);
				}
				default -> {
					taskOperation(entry.action(), openTask(id(operation, 1)), request, user, groups);
					response.setStatus(HttpServletResponse.SC_NO_CONTENT);
				}
			}
		}
		catch (InvalidInputException problem) {
			// Tasklist shows the message as it is: the German messages, not the fields' technical keys (those are in "errors")
			String message = problem.errors().isEmpty() ? problem.getMessage()
					: String.join(" ", new java.util.TreeMap<>(problem.errors()).values());
			reject(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", message, problem.errors());
		}
		catch (NotPermittedException problem) {
			reject(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", problem.getMessage(), Map.of());
		}
		catch (ConflictException problem) {
			reject(response, HttpServletResponse.SC_CONFLICT, "InvalidRequestException", problem.getMessage(), Map.of());
		}
		catch (NoSuchElementException problem) {
			reject(response, HttpServletResponse.SC_NOT_FOUND, "InvalidRequestException", problem.getMessage(), Map.of());
		}
		catch (IllegalArgumentException problem) {
			reject(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", problem.getMessage(), Map.of());
		}
	}

	/**
	 * What this filter carries out itself must pass the webapps' CSRF check first, as their own filter
	 * (which comes later in the chain) would: the session's token in the {@code X-XSRF-TOKEN} header. HTTP
	 * Basic on {@code /engine-rest} has no session and needs none.
	 */
	private static void requireWebappCsrfToken(HttpServletRequest request, HttpServletResponse response) {
		if (!RequestPaths.normalised(request).startsWith(WEBAPP_API)) {
			return;
		}
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
		String sent = request.getHeader(CSRF_HEADER);
		if (expected == null || sent == null || !expected.toString().equals(sent)) {
			response.setHeader(CSRF_HEADER, "Required");
			throw new NotPermittedException("Die Anfrage trägt kein gültiges CSRF-Token; bitte laden Sie die Seite neu.");
		}
	}

	private static final Pattern CREDENTIALS = Pattern.compile("^user/([^/]+)/credentials$", Pattern.CASE_INSENSITIVE);
	private static final Pattern CREATE_USER = Pattern.compile("^user/create$", Pattern.CASE_INSENSITIVE);

	/**
	 * A password set over the engine's API (Camunda Admin uses it too) follows the same rules as the
	 * consent link; the request goes on with its body read once.
	 */
	private HttpServletRequest checkPassword(HttpServletRequest request, String operation) throws IOException {
		Matcher credentials = CREDENTIALS.matcher(operation);
		boolean create = CREATE_USER.matcher(operation).matches() && "POST".equalsIgnoreCase(request.getMethod());
		if (!(credentials.matches() && "PUT".equalsIgnoreCase(request.getMethod())) && !create) {
			return request;
		}
		byte[] bytes = request.getInputStream().readAllBytes();
		JsonNode body;
		try {
			body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new InvalidInputException(Map.of("body", "Kein gültiges JSON."));
		}
		String userId = create ? body.path("profile").path("id").asText(null) : credentials.group(1);
		JsonNode password = create ? body.path("credentials").path("password") : body.path("password");
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		de.kommunalpilot.platform.Passwords.check(userId, password.isTextual() ? password.asText() : null, "password", violations);
		violations.throwIfAny();
		return new CachedBody(request, bytes);
	}

	/** The request with its body already read. */
	private static final class CachedBody extends jakarta.servlet.http.HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public jakarta.servlet.ServletInputStream getInputStream() {
			java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
			return new jakarta.servlet.ServletInputStream() {
				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(jakarta.servlet.ReadListener listener) {
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

	/** The n-th segment of the operation ({@code task/{id}/claim} → 1 is the id). */
	private static String id(String operation, int segment) {
		return operation.split("/")[segment];
	}

	/** Claim, give back, hand over within the team, follow-up date: done here, as the engine would need UPDATE for them. */
	private void taskOperation(EngineRestAllowList.Action action, Task task, HttpServletRequest request, String user, Set<String> groups)
			throws IOException {
		switch (action) {
			case CLAIM -> {
				requireTeam(task, groups);
				if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
					throw new ConflictException("Diese Aufgabe hat bereits " + task.getAssignee() + " übernommen.");
				}
				assign(task, user);
			}
			case UNCLAIM -> {
				if (!user.equals(task.getAssignee())) {
					requireTeam(task, groups);
				}
				assign(task, null);
			}
			case ASSIGN -> {
				JsonNode body = body(request);
				String target = body.path("userId").isTextual() ? body.path("userId").asText() : null;
				List<String> team = requireTeam(task, groups);
				if (target != null && !groups.contains(EngineRestAllowList.ADMINS) && !inGroups(target, team)) {
					throw new NotPermittedException("Diese Aufgabe geben Sie nur an jemanden aus dem zuständigen Team weiter.");
				}
				assign(task, target);
			}
			case FOLLOW_UP -> {
				if (!groups.contains(EngineRestAllowList.ADMINS) && !states.mayWork(task, user, groups)) {
					throw new NotPermittedException(TaskState.NOT_YOURS.message());
				}
				JsonNode body = body(request);
				for (String field : TASK_FIELDS) {
					if (body.has(field) && !same(body.get(field), current(task, field))) {
						throw new NotPermittedException("An einer Aufgabe ändern Sie nur das Wiedervorlagedatum.");
					}
				}
				Date followUp = body.path("followUp").isTextual() ? parseDate(body.path("followUp").asText()) : null;
				systemCalls.run(() -> {
					Task stored = taskService.createTaskQuery().taskId(task.getId()).singleResult();
					stored.setFollowUpDate(followUp);
					taskService.saveTask(stored);
				});
			}
			default -> throw new IllegalStateException("Not a task operation: " + action);
		}
	}

	private Task openTask(String taskId) {
		Task task = systemCalls.run(() -> taskService.createTaskQuery().taskId(taskId).singleResult());
		if (task == null) {
			throw new NoSuchElementException(TaskState.NOT_FOUND.message());
		}
		return task;
	}

	/** The task's candidate groups that the user belongs to; 403 when none (the task is not their team's). */
	private List<String> requireTeam(Task task, Set<String> groups) {
		List<String> team = states.candidateGroups(task.getId()).stream().filter(groups::contains).toList();
		if (team.isEmpty() && !groups.contains(EngineRestAllowList.ADMINS)) {
			throw new NotPermittedException("Diese Aufgabe gehört nicht zu Ihrem Team.");
		}
		return team;
	}

	private boolean inGroups(String userId, List<String> groups) {
		return systemCalls.run(() -> groups.stream()
				.anyMatch(group -> identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0));
	}

	private void assign(Task task, String userId) {
		systemCalls.run(() -> taskService.setAssignee(task.getId(), userId));
	}

	private static Object current(Task task, String field) {
		return switch (field) {
			case "name" -> task.getName();
			case "description" -> task.getDescription();
			case "assignee" -> task.getAssignee();
			case "owner" -> task.getOwner();
			case "delegationState" -> task.getDelegationState() == null ? null : task.getDelegationState().name();
			case "due" -> task.getDueDate();
			case "priority" -> task.getPriority();
			case "parentTaskId" -> task.getParentTaskId();
			case "caseInstanceId" -> task.getCaseInstanceId();
			case "tenantId" -> task.getTenantId();
			default -> null;
		};
	}

	private static boolean same(JsonNode submitted, Object current) {
		if (submitted == null || submitted.isNull()) {
			return current == null;
		}
		if (current instanceof Date date) {
			Date parsed = submitted.isTextual() ? parseDate(submitted.asText()) : null;
			// Tasklist sends the dates back to the second
			return parsed != null && parsed.getTime() / 1000 == date.getTime() / 1000;
		}
		if (current instanceof Number number) {
			return submitted.isNumber() && submitted.asLong() == number.longValue();
		}
		return current != null && submitted.asText().equals(current.toString());
	}

	private static Date parseDate(String text) {
		for (String pattern : List.of("yyyy-MM-dd'T'HH:mm:ss.SSSZ", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX", "yyyy-MM-dd'T'HH:mm:ssZ")) {
			try {
				return new java.text.SimpleDateFormat(pattern).parse(text);
			}
			catch (java.text.ParseException e) {
				// next pattern
			}
		}
		throw new InvalidInputException(Map.of("followUp", "Bitte ein gültiges Datum angeben."));
	}

	private String definitionKey(String definitionId) {
		var definition = systemCalls.run(() -> repositoryService.createProcessDefinitionQuery().processDefinitionId(definitionId)
				.singleResult());
		if (definition == null) {
			throw new NoSuchElementException("Diesen Prozess gibt es nicht.");
		}
		return definition.getKey();
	}

	private JsonNode body(HttpServletRequest request) throws IOException {
		byte[] bytes = request.getInputStream().readAllBytes();
		if (bytes.length == 0) {
			return json.createObjectNode();
		}
		try {
			JsonNode node = json.readTree(bytes);
			if (node == null || !node.isObject()) {
				throw new InvalidInputException(Map.of("body", "Ein JSON-Objekt erwartet."));
			}
			return node;
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new InvalidInputException(Map.of("body", "Kein gültiges JSON."));
		}
	}

	/** The submitted variables as plain values; anything besides {@code variables} (and the allowed options) is refused. */
	private Map<String, Object> variables(HttpServletRequest request, Set<String> options) throws IOException {
		JsonNode body = body(request);
		Map<String, String> undeclared = new LinkedHashMap<>();
		for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!"variables".equals(name) && !options.contains(name)) {
				undeclared.put(name, "„" + name + "“ ist hier nicht erlaubt.");
			}
		}
		if (!undeclared.isEmpty()) {
			throw new InvalidInputException(undeclared);
		}
		Map<String, Object> values = new HashMap<>();
		JsonNode variables = body.path("variables");
		if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
			throw new InvalidInputException(Map.of("variables", "Ein JSON-Objekt erwartet."));
		}
		variables.fields().forEachRemaining(entry -> values.put(entry.getKey(), value(entry.getKey(), entry.getValue())));
		return values;
	}

	private Object value(String name, JsonNode typed) {
		if (!typed.isObject()) {
			throw new InvalidInputException(Map.of(name, "Erwartet: {\"value\": …, \"type\": …}."));
		}
		JsonNode value = typed.path("value");
		String type = typed.path("type").asText("");
		String format = typed.path("valueInfo").path("serializationDataFormat").asText("");
		Object plain = value.isMissingNode() ? null : json.convertValue(value, Object.class);
		if (("json".equalsIgnoreCase(type) || "application/json".equals(format)) && plain instanceof String text) {
			try {
				return json.readValue(text, Object.class);
			}
			catch (IOException e) {
				throw new InvalidInputException(Map.of(name, "Kein gültiges JSON."));
			}
		}
		return plain;
	}

	private void reject(HttpServletResponse response, int status, String type, String message, Map<String, String> errors)
			throws IOException {
		write(response, status, Map.of("type", type, "message", message, "errors", errors));
	}

	private void write(HttpServletResponse response, int status, Object body) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}
}
