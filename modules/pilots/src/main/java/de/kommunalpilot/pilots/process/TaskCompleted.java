package de.kommunalpilot.pilots.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.TaskFormValidator;

/**
 * Runs on the completion of every user task: checks the submitted values once more (whatever path they
 * came by) and hands them to the step's handler, which writes them to the pilot in the same transaction.
 */
@Component("taskCompleted")
class TaskCompleted implements TaskListener {

	private final List<TaskFormValidator> validators;
	private final PilotTaskHandlers handlers;

	TaskCompleted(List<TaskFormValidator> validators, PilotTaskHandlers handlers) {
		this.validators = validators;
		this.handlers = handlers;
	}

	@Override
	public void notify(DelegateTask task) {
		ModelElementInstance element = task.getBpmnModelElementInstance();
		while (!(element instanceof Process)) {
			element = element.getParentElement();
		}
		String processKey = ((Process) element).getId();
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		validators.stream().filter(validator -> validator.supports(processKey))
				.forEach(validator -> validator.validate(task.getTaskDefinitionKey(), task.getVariables(), violations));
		violations.throwIfAny();
		handlers.handle(task);
	}
}
