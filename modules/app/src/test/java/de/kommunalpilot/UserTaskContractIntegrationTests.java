package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.StartForm;
import de.kommunalpilot.platform.TaskForm;

/**
 * The contract between the deployed processes, their Camunda Forms and the handlers: every user task of
 * every deployed process has exactly one handler, every handler a task; each handler's declaration
 * matches the deployed form field by field (read-only fields, keys, types, required, limits, options,
 * conditions); and each refuses what it does not declare.
 */
@IntegrationTest
class UserTaskContractIntegrationTests {

	private static final ObjectMapper json = new ObjectMapper();

	@Autowired RepositoryService repositoryService;
	@Autowired List<de.kommunalpilot.platform.UserTask> handlers;
	@Autowired List<StartForm> startForms;

	@Test
	void everyUserTaskHasExactlyOneHandlerAndEveryHandlerATask() {
		Map<String, List<de.kommunalpilot.platform.UserTask>> byTask = new HashMap<>();
		handlers.forEach(handler -> byTask.computeIfAbsent(handler.process() + " " + handler.taskKey(), key -> new ArrayList<>()).add(handler));
		Set<String> deployed = new HashSet<>();
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
			for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
				deployed.add(definition.getKey() + " " + task.getId());
			}
		}
		assertThat(deployed).as("the five processes' user tasks").hasSizeGreaterThanOrEqualTo(23);
		assertThat(byTask.keySet()).containsExactlyInAnyOrderElementsOf(deployed);
		assertThat(byTask.values()).allSatisfy(list -> assertThat(list).hasSize(1));
	}

	@Test
	void everyDeclarationMatchesItsDeployedForm() throws IOException {
		List<String> mismatches = new ArrayList<>();
		for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
			for (UserTask task : repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
				de.kommunalpilot.platform.UserTask handler = handlers.stream()
						.filter(h -> h.process().equals(definition.getKey()) && h.taskKey().equals(task.getId())).findFirst().orElseThrow();
				String formRef = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
				compare(definition.getKey() + "/" + task.getId(), handler.form(), form(definition, formRef), mismatches);
			}
		}
		for (StartForm start : startForms) {
			ProcessDefinition definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(start.process())
					.latestVersion().singleResult();
			String formRef = repositoryService.getBpmnModelInstance(definition.getId())
					.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
					.filter(event -> event.getParentElement() instanceof org.camunda.bpm.model.bpmn.instance.Process).findFirst().orElseThrow()
					.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
			compare(start.process() + "/start", start.form(), form(definition, formRef), mismatches);
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void everyHandlerRefusesWhatItDoesNotDeclare() {
		for (de.kommunalpilot.platform.UserTask handler : handlers) {
			assertThatThrownBy(() -> handler.form().accept(Map.of("pilotId", "00000000-0000-0000-0000-000000000000")))
					.as(handler.taskKey()).isInstanceOfSatisfying(InvalidInputException.class,
							problem -> assertThat(problem.errors()).containsOnlyKeys("pilotId"));
			assertThatThrownBy(() -> handler.form().accept(Map.of("businessKey", "P-2026-0001")))
					.as(handler.taskKey()).isInstanceOf(InvalidInputException.class);
		}
	}

	private JsonNode form(ProcessDefinition definition, String formRef) throws IOException {
		for (String resource : repositoryService.getDeploymentResourceNames(definition.getDeploymentId())) {
			if (resource.endsWith(".form")) {
				try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), resource)) {
					JsonNode form = json.readTree(in);
					if (formRef.equals(form.path("id").asText())) {
						return form;
					}
				}
			}
		}
		throw new AssertionError("no deployed form " + formRef + " for " + definition.getKey());
	}

	private static void compare(String where, TaskForm declared, JsonNode form, List<String> mismatches) {
		Map<String, JsonNode> editable = new HashMap<>();
		Set<String> readonly = new HashSet<>();
		collect(form, editable, readonly);
		if (!readonly.equals(new HashSet<>(declared.shows()))) {
			mismatches.add(where + ": shows " + declared.shows() + " but the form's read-only fields are " + readonly);
		}
		if (!editable.keySet().equals(declared.acceptedNames())) {
			mismatches.add(where + ": accepts " + declared.acceptedNames() + " but the form's fields are " + editable.keySet());
			return;
		}
		for (FormField field : declared.accepts()) {
			JsonNode component = editable.get(field.name());
			String name = where + "." + field.name();
			if (!field.type().components().contains(component.path("type").asText())) {
				mismatches.add(name + ": " + field.type() + " shown as " + component.path("type").asText());
			}
			if (field.type() == FormField.Type.DATE && !"date".equals(component.path("subtype").asText())) {
				mismatches.add(name + ": a date field without subtype date");
			}
			JsonNode validate = component.path("validate");
			// a field the form shows only sometimes is required by the server alone: form-js keeps the error of a
			// required field after it was hidden again and then never enables „Abschließen“
			boolean requiredInTheForm = field.required() && field.when() == null;
			if (requiredInTheForm != validate.path("required").asBoolean(false)) {
				mismatches.add(name + ": required " + requiredInTheForm + " in the form but the form says " + validate.path("required"));
			}
			if (field.maxLength() != null && field.maxLength() != validate.path("maxLength").asInt(-1)) {
				mismatches.add(name + ": at most " + field.maxLength() + " characters but the form says " + validate.path("maxLength"));
			}
			if (field.type() == FormField.Type.NUMBER) {
				same(name + " min", field.min(), validate.path("min"), mismatches);
				same(name + " max", field.max(), validate.path("max"), mismatches);
			}
			if (field.optionsVariable() != null && !field.optionsVariable().equals(component.path("valuesKey").asText())) {
				mismatches.add(name + ": options from " + field.optionsVariable() + " but the form takes " + component.path("valuesKey"));
			}
			if (field.optionsVariable() == null && !field.options().isEmpty()) {
				Set<String> values = new HashSet<>();
				component.path("values").forEach(value -> values.add(value.path("value").asText()));
				if (!values.equals(new HashSet<>(field.options()))) {
					mismatches.add(name + ": options " + field.options() + " but the form offers " + values);
				}
			}
			if (field.when() != null) {
				String hide = component.path("conditional").path("hide").asText();
				String other = field.when().field();
				String expected = field.when().value() == null ? "=" + other + " = null or " + other + " = \"\""
						: "=" + other + " != " + ("true".equals(field.when().value()) ? "true" : "\"" + field.when().value() + "\"");
				if (!hide.equals(expected)) {
					mismatches.add(name + ": shown when " + field.when() + " but the form hides it with " + hide);
				}
			}
		}
	}

	private static void same(String name, BigDecimal declared, JsonNode form, List<String> mismatches) {
		BigDecimal actual = form.isNumber() ? form.decimalValue() : null;
		if (declared == null ? actual != null : actual == null || declared.compareTo(actual) != 0) {
			mismatches.add(name + ": " + declared + " but the form says " + actual);
		}
	}

	private static void collect(JsonNode container, Map<String, JsonNode> editable, Set<String> readonly) {
		for (JsonNode component : container.path("components")) {
			if (component.hasNonNull("key")) {
				if (component.path("readonly").asBoolean(false)) {
					readonly.add(component.path("key").asText());
				}
				else {
					editable.put(component.path("key").asText(), component);
				}
			}
			collect(component, editable, readonly);
		}
	}
}
