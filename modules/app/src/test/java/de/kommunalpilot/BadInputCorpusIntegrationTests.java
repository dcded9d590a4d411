package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * Bad input, generated rather than picked: for every JSON operation of the OpenAPI document and every
 * field of the public forms, malformed and hostile variants — broken JSON, trailing garbage, wrong types,
 * {@code [null]}, duplicate keys, 1 MB strings, NUL, control and bidi characters, dates before 1900 or
 * after 2100, negative, fractional and huge numbers. Each answers 4xx, a field variant names its field
 * (problem+json {@code errors} on the API, the field marked on the page), none answers 5xx, and no table
 * has a row more or less afterwards.
 */
@IntegrationTest
class BadInputCorpusIntegrationTests {

	static final ObjectMapper JSON = new ObjectMapper();
	static final JsonNodeFactory NODES = JsonNodeFactory.instance;
	static final String MEGABYTE = "x".repeat(1024 * 1024);
	static final Pattern FORM = Pattern.compile("(?s)<form[^>]*method=\"post\"[^>]*>(.*?)</form>");
	static final Pattern CONTROL = Pattern.compile("(?s)<(input|select|textarea)\\b([^>]*)>");
	static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;
	@Autowired DemoData demo;
	@Autowired TaskService taskService;

	final List<String> violations = new ArrayList<>();
	int requests;

	@Test
	void everyApiOperationAndEveryPublicFormRefusesBadInputWithoutAServerErrorAndStoresNothing() throws Exception {
		demo.ensureExperts();
		Api coordinator = new Api(port, "koordination");
		String pilot = demo.pilotAt("IMPLEMENTATION", "08416041", "Universitätsstadt Tübingen", "Korpus für schlechte Eingaben");
		String note = Api.parse(coordinator.post("/api/pilots/" + pilot + "/notes", Map.of("text", "Notiz")).body()).path("id").asText();
		String loan = Api.parse(coordinator.post("/api/exhibition/loans", ExhibitionIntegrationTests.request("SET-B",
				LocalDate.now(GermanDates.ZONE).plusDays(500), LocalDate.now(GermanDates.ZONE).plusDays(505), "korpus@example.org")).body()).path("reference").asText();
		String meeting = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Korpus-Treffen")).body()).path("reference").asText();
		assertThat(coordinator.submit(taskService, meeting, "Task_PlanMeeting", Map.of("title", "Korpus-Treffen", "agenda", "1. Begrüßung",
				"date", LocalDate.now(GermanDates.ZONE).plusDays(40).toString(), "startTime", "10:00", "endTime", "12:00", "place", "Stuttgart",
				"capacity", 20)).statusCode()).isEqualTo(204);
		Map<String, String> pathValues = Map.of("reference", pilot, "noteId", note, "id",
				new Api(port, "expertin").task(pilot, "Task_ImplementMilestone"));
		Map<String, String> references = Map.of("/api/exhibition/loans/{reference}", loan, "/api/meetings/{reference}", meeting);

		// the documents the set-up's steps owe are made after their commit: made before counting, not during the corpus
		Await.dueDocumentsMade(jdbc);
		Map<String, Long> before = rowCounts();
		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		HttpResponse<String> document = staff.get("/v3/api-docs");
		assertThat(document.statusCode()).isEqualTo(200);
		JsonNode openApi = Api.parse(document.body());
		int operations = 0;
		for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
			Map.Entry<String, JsonNode> path = paths.next();
			for (String method : List.of("post", "put", "patch")) {
				JsonNode operation = path.getValue().path(method);
				JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
				if (schema.isMissingNode()) {
					continue;
				}
				operations++;
				String template = path.getKey();
				String url = template;
				for (Map.Entry<String, String> reference : references.entrySet()) {
					if (template.startsWith(reference.getKey())) {
						url = url.replace("{reference}", reference.getValue());
					}
				}
				for (Map.Entry<String, String> value : pathValues.entrySet()) {
					url = url.replace("{" + value.getKey() + "}", value.getValue());
				}
				// consultations and task completions belong to the pilot's expert; everything else to the coordination
				String user = template.contains("consultations") || template.startsWith("/api/tasks") ? "expertin" : "koordination";
				apiCorpus(method.toUpperCase(), url, user, resolve(openApi, schema));
			}
		}
		publicFormCorpus("/oeffentlich/anfrage");
		publicFormCorpus("/oeffentlich/expertinnen");
		publicFormCorpus("/oeffentlich/ausstellung");
		publicFormCorpus("/oeffentlich/treffen/" + meeting);
		Map<String, Long> after = rowCounts();

		System.out.printf("Bad-input corpus: %d API operations, 4 public forms, %d requests, %d violations%n", operations, requests,
				violations.size());
		assertThat(operations).isGreaterThanOrEqualTo(12);
		assertThat(violations).isEmpty();
		assertThat(after).as("no table has a row more or less").isEqualTo(before);
	}

	// --- the API, from its OpenAPI document

	void apiCorpus(String method, String url, String user, JsonNode schema) {
		ObjectNode valid = (ObjectNode) example(schema, "");
		String first = valid.fieldNames().hasNext() ? valid.fieldNames().next() : "x";
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("malformed", "{\"" + first + "\": ");
		bodies.put("trailing garbage", valid + " und noch etwas");
		bodies.put("an array instead of an object", "[" + valid + "]");
		bodies.put("null", "null");
		bodies.put("a string", "\"Text\"");
		bodies.put("empty", "");
		bodies.put("duplicate key", valid.toString().replaceFirst("\\{", "{\"" + first + "\":" + valid.path(first) + ","));
		bodies.forEach((what, body) -> expectRefused(method, url, user, body, what, null));
		// a body with fields (not a map such as a financing plan) declares them (additionalProperties: false): one more is
		// refused, naming it
		if (schema.has("properties")) {
			assertThat(schema.path("additionalProperties").asBoolean(true)).as(method + " " + url + " declares its fields").isFalse();
			ObjectNode undeclared = valid.deepCopy();
			undeclared.put("undeclaredField", "Wert");
			expectRefused(method, url, user, undeclared.toString(), "an undeclared field", "undeclaredField");
		}

		for (Map.Entry<String, JsonNode> property : properties(schema)) {
			for (Map.Entry<String, JsonNode> variant : variants(property.getValue()).entrySet()) {
				ObjectNode body = valid.deepCopy();
				body.set(property.getKey(), variant.getValue());
				expectRefused(method, url, user, body.toString(), property.getKey() + ": " + variant.getKey(), property.getKey());
			}
			// the same inside the first element of a list of objects
			JsonNode items = property.getValue().path("items");
			if ("array".equals(property.getValue().path("type").asText()) && items.has("properties")) {
				for (Map.Entry<String, JsonNode> inner : properties(items)) {
					for (Map.Entry<String, JsonNode> variant : variants(inner.getValue()).entrySet()) {
						ObjectNode body = valid.deepCopy();
						((ObjectNode) body.withArray(property.getKey()).get(0)).set(inner.getKey(), variant.getValue());
						expectRefused(method, url, user, body.toString(), property.getKey() + "[0]." + inner.getKey() + ": " + variant.getKey(),
								property.getKey());
					}
				}
			}
		}
	}

	void expectRefused(String method, String url, String user, String body, String what, String field) {
		requests++;
		HttpResponse<String> response = WebClientSession.basic(port, method, url, user, "demo", "application/json", body);
		String label = method + " " + url + " as " + user + " with " + what + " → " + response.statusCode();
		if (response.statusCode() < 400 || response.statusCode() >= 500) {
			violations.add(label + " " + abbreviated(response.body()));
			return;
		}
		if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			violations.add(label + " without problem+json");
			return;
		}
		if (field != null && response.statusCode() == 400) {
			JsonNode errors = Api.parse(response.body()).path("errors");
			boolean named = false;
			for (Iterator<String> names = errors.fieldNames(); names.hasNext();) {
				named |= names.next().startsWith(field);
			}
			if (!named) {
				violations.add(label + " does not name " + field + ": " + abbreviated(response.body()));
			}
		}
	}

	/** What every field of its type must refuse; what may be valid for some field (zero, an empty list) is left out. */
	static Map<String, JsonNode> variants(JsonNode property) {
		Map<String, JsonNode> variants = new LinkedHashMap<>();
		String type = property.path("type").asText();
		switch (type) {
			case "string" -> {
				variants.put("1 MB", NODES.textNode(MEGABYTE));
				variants.put("NUL", NODES.textNode("a\u0000b"));
				variants.put("control character", NODES.textNode("a\u0001b"));
				variants.put("bidi override", NODES.textNode("a\u202Eb"));
				variants.put("a number instead of text", NODES.arrayNode().add(1));
				if ("date".equals(property.path("format").asText())) {
					variants.put("before 1900", NODES.textNode("1899-12-31"));
					variants.put("after 2100", NODES.textNode("2101-01-01"));
					variants.put("year 0", NODES.textNode("0000-01-01"));
					variants.put("German format", NODES.textNode("31.12.2026"));
					variants.put("no day of the year", NODES.textNode("2026-13-45"));
				}
				if (property.has("enum")) {
					variants.put("unknown value", NODES.textNode("UNBEKANNT"));
				}
			}
			case "integer", "number" -> {
				variants.put("negative", NODES.numberNode(-1));
				variants.put("huge", NODES.numberNode(new java.math.BigDecimal("1e308")));
				variants.put("beyond long", NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
				variants.put("text", NODES.textNode("zwölf"));
				if ("integer".equals(type)) {
					variants.put("fraction", NODES.numberNode(3.7));
				}
			}
			case "boolean" -> variants.put("text", NODES.textNode("vielleicht"));
			case "array" -> {
				variants.put("[null]", NODES.arrayNode().addNull());
				variants.put("a text instead of a list", NODES.textNode("Liste"));
				if (!property.path("items").has("enum")) {
					variants.put("10,000 entries", repeated(property.path("items"), 10_000));
				}
			}
			default -> {
			}
		}
		return variants;
	}

	/** Distinct entries (a set would fold equal ones into one): texts and numbers counted up, objects repeated. */
	static ArrayNode repeated(JsonNode items, int times) {
		ArrayNode array = NODES.arrayNode();
		JsonNode item = example(items, "");
		for (int i = 0; i < times; i++) {
			array.add(item.isTextual() && !items.has("enum") ? NODES.textNode(item.asText() + i) : item.isNumber() ? NODES.numberNode(i + 1) : item);
		}
		return array;
	}

	/** A plausible value for the schema: the field's example, an enum's first value, a date, a number. */
	static JsonNode example(JsonNode schema, String name) {
		switch (schema.path("type").asText("object")) {
			case "object": {
				ObjectNode object = NODES.objectNode();
				for (Map.Entry<String, JsonNode> property : properties(schema)) {
					object.set(property.getKey(), example(property.getValue(), property.getKey()));
				}
				return object;
			}
			case "array":
				return NODES.arrayNode().add(example(schema.path("items"), name));
			case "integer":
			case "number":
				return NODES.numberNode(Math.max(1, schema.path("minimum").asInt(1)));
			case "boolean":
				return NODES.booleanNode(false);
			default:
				if (schema.has("enum")) {
					return schema.path("enum").get(0);
				}
				if ("date".equals(schema.path("format").asText())) {
					return NODES.textNode(LocalDate.now(GermanDates.ZONE).plusDays(30).toString());
				}
				return NODES.textNode(switch (name) {
					case "ags" -> "08416041";
					case "code" -> "BP-98";
					case "email", "contactEmail" -> "korpus@example.org";
					default -> "Korpus";
				});
		}
	}

	static List<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
		List<Map.Entry<String, JsonNode>> properties = new ArrayList<>();
		schema.path("properties").fields().forEachRemaining(properties::add);
		return properties;
	}

	/** The schema with every {@code $ref} replaced by what it names. */
	static JsonNode resolve(JsonNode openApi, JsonNode schema) {
		if (schema.has("$ref")) {
			String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
			return resolve(openApi, openApi.path("components").path("schemas").path(name));
		}
		if (schema.isObject()) {
			ObjectNode resolved = NODES.objectNode();
			schema.fields().forEachRemaining(entry -> resolved.set(entry.getKey(), resolve(openApi, entry.getValue())));
			return resolved;
		}
		return schema;
	}

	// --- the public forms, from their pages

	void publicFormCorpus(String path) {
		WebClientSession visitor = new WebClientSession(port);
		HttpResponse<String> page = visitor.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		Matcher form = FORM.matcher(page.body());
		assertThat(form.find()).as("a form on " + path).isTrue();
		Map<String, String> valid = new LinkedHashMap<>();
		Map<String, String> types = new TreeMap<>();
		Matcher control = CONTROL.matcher(form.group(1));
		while (control.find()) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(control.group(2));
			while (attribute.find()) {
				attributes.put(attribute.group(1), attribute.group(2));
			}
			String name = attributes.get("name");
			if (name == null || valid.containsKey(name) && !"_csrf".equals(name)) {
				continue;
			}
			String type = control.group(1).equals("input") ? attributes.getOrDefault("type", "text") : control.group(1);
			valid.put(name, switch (type) {
				case "hidden" -> attributes.getOrDefault("value", "");
				case "email" -> "korpus@example.org";
				case "date" -> LocalDate.now(GermanDates.ZONE).plusDays(60).toString();
				case "number" -> "5";
				case "checkbox", "radio" -> attributes.getOrDefault("value", "on");
				case "select" -> firstOption(form.group(1), name);
				default -> name.equals("ags") ? "08416041" : name.equals("municipalityName") ? "Universitätsstadt Tübingen" : "Korpus";
			});
			types.put(name, type);
		}
		String honeypot = valid.keySet().stream().filter(n -> page.body().contains("name=\"" + n + "\" tabindex=\"-1\"")).findFirst().orElse("website");
		valid.put(honeypot, "");
		for (Map.Entry<String, String> field : types.entrySet()) {
			String name = field.getKey();
			if (name.equals("_csrf") || name.equals(honeypot) || List.of("hidden", "checkbox", "radio").contains(field.getValue())) {
				continue;
			}
			Map<String, String> variants = new LinkedHashMap<>(Map.of("1 MB", MEGABYTE, "NUL", "a\u0000b", "control character", "a\u0001b",
					"bidi override", "a\u202Eb"));
			if (field.getValue().equals("date")) {
				variants.putAll(Map.of("before 1900", "1899-12-31", "after 2100", "2101-01-01", "no date", "morgen"));
			}
			if (field.getValue().equals("number")) {
				variants.putAll(Map.of("negative", "-1", "huge", "1e308", "text", "zwölf"));
			}
			if (field.getValue().equals("select")) {
				variants.put("unknown option", "UNBEKANNT");
			}
			for (Map.Entry<String, String> variant : variants.entrySet()) {
				Map<String, String> body = new LinkedHashMap<>(valid);
				body.put(name, variant.getValue());
				requests++;
				HttpResponse<String> response = visitor.postForm(path, encode(body));
				String label = "POST " + path + " with " + name + ": " + variant.getKey() + " → " + response.statusCode();
				if (response.statusCode() != 400) {
					violations.add(label + " " + abbreviated(response.body()));
				}
				else if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
					violations.add(label + " is no page");
				}
				else if (!marked(response.body(), name)) {
					violations.add(label + " does not mark the field");
				}
			}
		}
	}

	/** The field has the invalid class or is named in the error page. */
	static boolean marked(String page, String name) {
		Matcher control = CONTROL.matcher(page);
		while (control.find()) {
			if (control.group(2).contains("name=\"" + name + "\"") && (control.group(2).contains("is-invalid")
					|| control.group(2).contains("aria-invalid=\"true\""))) {
				return true;
			}
		}
		return page.contains("„" + name + "“");
	}

	static String firstOption(String form, String select) {
		Matcher options = Pattern.compile("(?s)<select[^>]*name=\"" + Pattern.quote(select) + "\"[^>]*>(.*?)</select>").matcher(form);
		if (options.find()) {
			Matcher value = Pattern.compile("<option[^>]*value=\"([^\"]+)\"").matcher(options.group(1));
			if (value.find()) {
				return value.group(1);
			}
		}
		return "";
	}

	static String encode(Map<String, String> fields) {
		return String.join("&", fields.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.toList());
	}

	// --- what is stored

	/**
	 * The rows of every table the app or the engine keeps cases in (logs, job bookkeeping, sign-in sessions, failed logins,
	 * rate counts and the dashboard's change marks, which its clean-up adds by the clock, aside).
	 */
	Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		Function<String, Boolean> counted = table -> !table.startsWith("act_ge_") && !table.startsWith("act_ru_job")
				&& !table.startsWith("act_ru_meter") && !table.startsWith("act_hi_job") && !table.startsWith("act_hi_op_log")
				&& !table.equals("flyway_schema_history") && !table.startsWith("platform_login") && !table.equals("platform_mail_outbox")
				&& !table.startsWith("spring_session") && !table.equals("platform_rate_hit") && !table.equals("identity_login_failure")
				&& !table.equals("dashboard_change");
		for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
				+ "and table_type = 'BASE TABLE'", String.class)) {
			if (counted.apply(table)) {
				counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
			}
		}
		return counts;
	}

	static String abbreviated(String body) {
		return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + " …" : body;
	}
}
