package de.kommunalpilot.platform;

import java.util.Map;

/**
 * One user task of a process, one class per step, named after it ({@code CheckEnquiry} ↔
 * {@code Task_CheckEnquiry}), in the module that owns the process. It declares what the task shows and
 * accepts ({@link #form()}), which the server validates every completion against on every path, and
 * translates a completion into the domain command; the aggregate checks the rules.
 * Every user task of every deployed process has exactly one handler, checked when the engine parses it.
 */
public interface UserTask {

	/** The process definition key, e.g. {@code pilot-implementation}. */
	String process();

	/** The user task's id in the BPMN: {@code Task_} and the class's name ({@code CheckEnquiry} ↔ {@code Task_CheckEnquiry}). */
	default String taskKey() {
		return "Task_" + org.springframework.util.ClassUtils.getUserClass(getClass()).getSimpleName();
	}

	TaskForm form();

	/**
	 * Read-only context written to the task when it is created (task-local variables), for the fields
	 * the form shows that the process does not hold already.
	 */
	default Map<String, Object> context(TaskContext task) {
		return Map.of();
	}

	/** Issues the domain command for the accepted values, in the transaction of the completion. */
	void complete(TaskContext task, TaskInput input);

	/**
	 * Who among the coordination gets the task when it is created — the case's responsible coordinator —
	 * or {@code null} to leave it to the group. Only used for tasks the BPMN gives to {@code coordinators}
	 * without an assignee; the task stays visible to the whole group.
	 */
	default String coordinatorFor(TaskContext task) {
		return null;
	}
}
