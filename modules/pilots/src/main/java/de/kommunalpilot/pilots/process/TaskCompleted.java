package de.kommunalpilot.pilots.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.TaskForms;

/**
 * Runs on the completion of every user task: checks the submitted values once more (whatever path they
 * came by) and hands them to the step's handler, which writes them to the pilot in the same transaction.
 */
@Component("taskCompleted")
class TaskCompleted implements TaskListener {

	private final TaskForms forms;
	private final PilotTaskHandlers handlers;

	TaskCompleted(TaskForms forms, PilotTaskHandlers handlers) {
		this.forms = forms;
		this.handlers = handlers;
	}

	@Override
	public void notify(DelegateTask task) {
		ModelElementInstance element = task.getBpmnModelElementInstance();
		while (!(element instanceof Process)) {
			element = element.getParentElement();
		}
		forms.validate(((Process) element).getId(), task.getTaskDefinitionKey(), task.getVariables());
		handlers.handle(task);
	}
}
