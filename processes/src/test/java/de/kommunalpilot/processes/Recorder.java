package de.kommunalpilot.processes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the application's delegates and listeners in process tests and records which ran, so a
 * test can assert that a path calls the steps it should (e.g. the decline notice) and no others.
 */
final class Recorder {

	private final List<String> calls = new ArrayList<>();

	void delegate(String name) {
		delegate(name, execution -> {
		});
	}

	void delegate(String name, Consumer<DelegateExecution> behaviour) {
		Mocks.register(name, (JavaDelegate) execution -> {
			calls.add(name);
			behaviour.accept(execution);
		});
	}

	void executionListener(String name) {
		Mocks.register(name, (ExecutionListener) execution -> calls.add(name + ":" + phaseOf(execution)));
	}

	void taskListener(String name) {
		taskListener(name, task -> {
		});
	}

	void taskListener(String name, Consumer<DelegateTask> behaviour) {
		Mocks.register(name, (TaskListener) task -> {
			calls.add(name + ":" + task.getTaskDefinitionKey());
			behaviour.accept(task);
		});
	}

	void bean(String name, Object bean) {
		Mocks.register(name, bean);
	}

	List<String> calls() {
		return List.copyOf(calls);
	}

	long count(String name) {
		return calls.stream().filter(call -> call.equals(name) || call.startsWith(name + ":")).count();
	}

	static void reset() {
		Mocks.reset();
	}

	private static String phaseOf(DelegateExecution execution) {
		Object phase = execution.getVariableLocal("phase");
		return phase == null ? execution.getCurrentActivityId() : phase.toString();
	}

	static Map<String, Object> vars(Object... keyValues) {
		Map<String, Object> map = new java.util.HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}
}
