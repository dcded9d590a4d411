package de.kommunalpilot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;

import de.kommunalpilot.platform.LegalNotice;
import de.kommunalpilot.platform.PublicPages;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.ExternalDocumentation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * What the app's API says about itself at {@code /v3/api-docs}: who runs it, its version, how clients authenticate
 * (HTTP Basic, declared once and required by every operation), one tag per application module, and the
 * {@code application/problem+json} answers every operation can give. Summaries, descriptions and field texts come from
 * the controllers' Javadoc (kept in the jars for springdoc), examples from the API types' {@code @Schema} hints.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String BASIC = "basicAuth";

	static final String PROBLEM = "Problem";

	static final String PROBLEM_JSON = "application/problem+json";

	/** One tag per application module that has API operations, in the order a reader meets them. */
	static final Map<String, String> MODULES = modules();

	private static Map<String, String> modules() {
		Map<String, String> modules = new LinkedHashMap<>();
		modules.put("pilots", "Pilotvorhaben: the core case, one per municipality, from the enquiry through realisation to "
				+ "closure; and the signed-in user's tasks in those cases (what Tasklist shows them).");
		modules.put("municipalities", "Kommunen: the register of Baden-Württemberg's municipalities and districts.");
		modules.put("experts", "The pool of migrant experts and organisations; personal data access and erasure.");
		modules.put("practices", "The best-practice catalogue.");
		modules.put("meetings", "Austauschtreffen: exchange meetings.");
		modules.put("exhibition", "Wanderausstellung: the travelling SDG exhibition, its kits and loans.");
		modules.put("documents", "Attachments of cases and the Handreichung (guide).");
		modules.put("funding", "Funding periods, financing plans and expenditures.");
		modules.put("platform", "Technical base: the mail outbox.");
		return java.util.Collections.unmodifiableMap(modules);
	}

	@Bean
	OpenAPI kommunalpilotApi(LegalNotice legal, @Value("${kommunalpilot.api.version}") String version,
			@Value("${kommunalpilot.public-url:http://localhost:8080}") String publicUrl) {
		// an absolute address (the description's rules ask for one): the public address the operator set (README)
		String impressum = publicUrl.replaceAll("/+$", "") + PublicPages.PATH + "/impressum";
		return new OpenAPI()
				.info(new Info().title("Kommunalpilot API").version(version)
						.description("""
								The API of Kommunalpilot, the case-management system of the programme „Migration und Entwicklung \
								auf kommunaler Ebene“: pilot implementations of best practices in municipalities of \
								Baden-Württemberg with migrant experts, exchange meetings, the travelling SDG exhibition and \
								the programme's funding.

								**Authentication.** Every operation needs HTTP Basic with the credentials of a user of this \
								installation (the same users as the pages and Tasklist). What a user may do follows their \
								group: `coordinators` and `leads` see every case, `experts` only the cases and tasks assigned \
								to them; anything else is answered with 403.

								**Errors.** Every 4xx answer is RFC 9457 `application/problem+json`: `type` names the kind of \
								problem (`urn:kommunalpilot:problem:validation`, `…:not-found`, `…:conflict`, …), `title` and \
								`detail` are German texts for people, and `errors` maps each offending field to its message. \
								A request that is answered with a 4xx has changed nothing.

								**Stability.** Within one major version, operations, fields and problem types are only added, \
								never removed or changed in meaning; clients should ignore fields they do not know. \
								Texts (`title`, `detail`, field messages) may change at any time.

								Integrations at the level of single process steps beyond `/api/tasks` use the engine's REST \
								API under `/engine-rest` (Camunda Platform 7.24), restricted to what each group may do.""")
						// the operator's own details (kommunalpilot.legal.*) and this installation's Impressum
						.contact(new Contact().name(legal.operator()).email(legal.email()).url(impressum))
						.license(new License().name("Nutzung nach den Bedingungen des Betreibers (siehe Impressum)").url(impressum)))
				.externalDocs(new ExternalDocumentation().description("The engine's REST API (Camunda Platform 7.24)")
						.url("https://docs.camunda.org/rest/camunda-bpm-platform/7.24/"))
				.servers(List.of(new Server().url("/").description("This installation")))
				.components(new Components()
						.addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
								.description("A user of this installation, as for the pages and Tasklist."))
						.addSchemas(PROBLEM, problemSchema()))
				.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

	/** Tags in the modules' order, with what each module is for; schemas sorted, so the document reads the same every time. */
	@Bean
	GlobalOpenApiCustomizer moduleTags() {
		return api -> {
			api.setTags(MODULES.entrySet().stream().map(module -> new Tag().name(module.getKey()).description(module.getValue())).toList());
			if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
				api.getComponents().setSchemas(new TreeMap<>(api.getComponents().getSchemas()));
				closeRequestBodies(api);
			}
		};
	}

	/**
	 * Request bodies declare their fields and nothing else ({@code additionalProperties: false}): the API refuses a field
	 * it does not know (platform's InputHygiene), and so says the document, for every body type and the types inside it.
	 */
	@SuppressWarnings("rawtypes")
	private static void closeRequestBodies(OpenAPI api) {
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		java.util.Deque<Schema<?>> open = new java.util.ArrayDeque<>();
		api.getPaths().values().forEach(path -> path.readOperations().stream()
				.filter(operation -> operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
				.flatMap(operation -> operation.getRequestBody().getContent().values().stream())
				.forEach(media -> open.add(media.getSchema())));
		java.util.Set<String> closed = new java.util.HashSet<>();
		while (!open.isEmpty()) {
			Schema<?> schema = open.pop();
			if (schema == null) {
				continue;
			}
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (closed.add(name) && schemas.get(name) != null) {
					open.add(schemas.get(name));
				}
				continue;
			}
			if (schema.getItems() != null) {
				open.add(schema.getItems());
			}
			if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
				schema.setAdditionalProperties(false);
				schema.getProperties().values().forEach(open::add);
			}
		}
	}

	/** Each operation: its module's tag and the problem answers it can give. */
	@Bean
	GlobalOperationCustomizer moduleTagAndProblems() {
		return (operation, handler) -> {
			operation.setTags(List.of(module(handler)));
			addProblems(operation, handler);
			return operation;
		};
	}

	static String module(HandlerMethod handler) {
		String name = handler.getBeanType().getPackageName().substring("de.kommunalpilot.".length());
		int dot = name.indexOf('.');
		return dot < 0 ? name : name.substring(0, dot);
	}

	private static void addProblems(Operation operation, HandlerMethod handler) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		boolean input = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		boolean changes = !handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class);
		boolean upload = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data");
		boolean pathVariable = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(parameter -> "path".equals(parameter.getIn()));
		if (input) {
			responses.addApiResponse("400", problem("Bad input: a field or parameter is missing, of the wrong type, out of "
					+ "its limits or not declared; `errors` names each field. Nothing was changed."));
		}
		responses.addApiResponse("401", problem("No or wrong credentials (HTTP Basic)."));
		responses.addApiResponse("403", problem("The user's group may not use this operation, or the case is not theirs."));
		if (pathVariable) {
			responses.addApiResponse("404", problem("Nothing with this identifier exists (or it is not visible to the user)."));
		}
		if (changes) {
			responses.addApiResponse("409", problem("The operation conflicts with the current state (e.g. a task completed "
					+ "already, a period closed, data changed meanwhile). Nothing was changed."));
		}
		if (upload) {
			responses.addApiResponse("413", problem("The file is larger than allowed."));
		}
		if (operation.getRequestBody() != null) {
			responses.addApiResponse("415", problem(upload ? "The file's type is not allowed, or the request is not multipart/form-data."
					: "The request body is not `application/json`."));
		}
		if (byte[].class.equals(org.springframework.core.ResolvableType.forMethodReturnType(handler.getMethod()).resolveGeneric(0))) {
			// a file: its own type (PDF, office document, image …), named in Content-Type and Content-Disposition
			responses.get("200").content(new Content().addMediaType("application/octet-stream",
					new MediaType().schema(new StringSchema().format("binary"))));
		}
		operation.setResponses(sorted(responses));
	}

	private static ApiResponses sorted(ApiResponses responses) {
		ApiResponses sorted = new ApiResponses();
		new TreeMap<>(responses).forEach(sorted::addApiResponse);
		return sorted;
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type", new StringSchema().format("uri").description("The kind of problem, e.g. "
				+ "`urn:kommunalpilot:problem:validation`, `…:not-found`, `…:forbidden`, `…:conflict`, `…:too-large`, "
				+ "`…:unsupported-type`, `…:malformed`; `about:blank` where the status says it all.")
				.example("urn:kommunalpilot:problem:validation"));
		properties.put("title", new StringSchema().description("A short German text for people.").example("Ungültige Eingabe"));
		properties.put("status", new IntegerSchema().format("int32").description("The HTTP status.").example(400));
		properties.put("detail", new StringSchema().description("What went wrong, in German.")
				.example("Die Anfrage enthält ungültige Felder."));
		properties.put("instance", new StringSchema().format("uri-reference").description("The request's path.")
				.example("/api/pilots"));
		properties.put("errors", new Schema<>().type("object").additionalProperties(new StringSchema())
				.description("Each offending field (or parameter) with its German message.")
				.example(Map.of("title", "Der Titel fehlt.")));
		return new ObjectSchema().description("An RFC 9457 problem answer (`application/problem+json`).")
				.required(List.of("type", "title", "status")).properties(properties);
	}
}
