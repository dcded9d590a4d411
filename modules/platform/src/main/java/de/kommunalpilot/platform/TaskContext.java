package de.kommunalpilot.platform;

import java.util.Map;

/**
 * The task a handler works on, without the engine's types. The case is the process instance's business
 * key — never a value a client submitted.
 */
public interface TaskContext {

	/** The business key of the process instance: the case's reference ({@code P-2026-0001}). */
	String caseReference();

	String taskKey();

	/** Who completes the task: the signed-in user, or {@code system}. */
	String userId();

	/** A variable the server wrote (ids of a milestone or problem the task is about, offered options). */
	Object variable(String name);

	/** Writes a process variable for the process's own use (gateways, timers, later forms). */
	void setVariable(String name, Object value);

	/** Removes a process variable, e.g. so that the next task of a loop starts with an empty form. */
	void removeVariable(String name);

	/** Correlates a message to this task's process instance with local variables (a problem reported in a form). */
	void correlate(String message, Map<String, Object> localVariables);
}
