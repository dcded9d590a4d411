package de.kommunalpilot.platform;

import java.util.Map;

/**
 * Checks what a task form submits before the engine takes it: Tasklist validates in the browser only,
 * the REST API not at all. Modules contribute one bean per process; the platform runs them for every
 * task completion that arrives over HTTP, and the modules run them again when a task completes.
 */
public interface TaskFormValidator {

	/** Whether this validator knows the forms of the process. */
	boolean supports(String processDefinitionKey);

	/**
	 * @param taskDefinitionKey the user task's id in the BPMN
	 * @param variables the submitted values, already converted to Java (strings, numbers, booleans,
	 *     lists for checklists and dynamic lists)
	 * @param violations where to put field messages in German
	 */
	void validate(String taskDefinitionKey, Map<String, Object> variables, InvalidInputException.Collector violations);
}
