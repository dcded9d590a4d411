package de.kommunalpilot.platform.engine;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;

import de.kommunalpilot.platform.TaskContext;

/** A {@link TaskContext} over the engine's task. */
final class EngineTaskContext implements TaskContext {

	private final DelegateTask task;
	private final EngineSystemCalls systemCalls;

	EngineTaskContext(DelegateTask task, EngineSystemCalls systemCalls) {
		this.task = task;
		this.systemCalls = systemCalls;
	}

	@Override
	public String caseReference() {
		String businessKey = task.getExecution().getProcessBusinessKey();
		if (businessKey == null) {
			// a process started around the app (by an administrator, without its case): nothing to write to
			throw new de.kommunalpilot.platform.ConflictException("Diese Aufgabe gehört zu keinem Fall; bitte wenden Sie sich an die Administration.");
		}
		return businessKey;
	}

	@Override
	public String taskKey() {
		return task.getTaskDefinitionKey();
	}

	@Override
	public String userId() {
		return systemCalls.currentUserId();
	}

	@Override
	public Object variable(String name) {
		return EngineValues.plain(task.getVariable(name));
	}

	@Override
	public void setVariable(String name, Object value) {
		task.getExecution().getProcessInstance().setVariable(name, EngineValues.engine(value));
	}

	@Override
	public void removeVariable(String name) {
		task.getExecution().getProcessInstance().removeVariable(name);
	}

	@Override
	public void correlate(String message, Map<String, Object> localVariables) {
		// the user may raise this on their own case; the correlation needs no engine permission of its own
		systemCalls.run(() -> {
			var correlation = task.getProcessEngineServices().getRuntimeService().createMessageCorrelation(message)
					.processInstanceId(task.getProcessInstanceId());
			localVariables.forEach(correlation::setVariableLocal);
			return correlation.correlateWithResult();
		});
	}
}
