package de.kommunalpilot.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.TaskInput;
import de.kommunalpilot.platform.TaskAssignments;
import de.kommunalpilot.platform.UserTask;

/**
 * Binds every user task of every deployed process to its {@link UserTask} handler when the engine parses
 * the BPMN: on create the handler's context is written to the task, on complete the accepted values are
 * validated once more (whatever path they came by) and the handler issues its command in the same
 * transaction. {@link UserTaskCompleteness} checks at start-up that every user task has its handler.
 */
@Component
class UserTaskPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<UserTasks> handlers;
	private final ObjectProvider<EngineSystemCalls> systemCalls;
	private final ObjectProvider<TaskAssignments> assignments;

	UserTaskPlugin(ObjectProvider<UserTasks> handlers, ObjectProvider<EngineSystemCalls> systemCalls,
			ObjectProvider<TaskAssignments> assignments) {
		this.handlers = handlers;
		this.systemCalls = systemCalls;
		this.assignments = assignments;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				String process = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
				String taskKey = activity.getId();
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
					// resolved per call: the handlers need the engine's services, which do not exist yet while it parses
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
							task -> created(handlers.getObject().get(process, taskKey), task));
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_COMPLETE,
							task -> completed(handlers.getObject().get(process, taskKey), task));
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, UserTaskPlugin.this::assigned);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	private void assigned(DelegateTask task) {
		if (task.getAssignee() == null) {
			return;
		}
		TaskAssignments.AssignedTask assigned = new TaskAssignments.AssignedTask(task.getId(), task.getName(), task.getAssignee(),
				task.getDueDate(), task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
				systemCalls.getObject().currentUserId());
		assignments.orderedStream().forEach(listener -> listener.assigned(assigned));
	}

	private void created(UserTask handler, DelegateTask task) {
		EngineTaskContext context = new EngineTaskContext(task, systemCalls.getObject());
		handler.context(context).forEach((name, value) -> task.setVariableLocal(name, EngineValues.engine(value)));
		boolean coordinatorsTask = task.getCandidates().stream().anyMatch(link -> "coordinators".equals(link.getGroupId()));
		if (task.getAssignee() == null && coordinatorsTask) {
			String coordinator = handler.coordinatorFor(context);
			if (coordinator != null) {
				task.setAssignee(coordinator);
			}
		}
	}

	private void completed(UserTask handler, DelegateTask task) {
		Map<String, Object> values = new java.util.HashMap<>();
		handler.form().acceptedNames().forEach(name -> {
			Object value = EngineValues.plain(task.getVariable(name));
			if (value != null) {
				values.put(name, value);
			}
		});
		handler.form().validate(values, optionsVariable -> offered(task.getVariable(optionsVariable)));
		handler.complete(new EngineTaskContext(task, systemCalls.getObject()), new TaskInput(values));
	}

	/** The values of offered options ({@code [{label, value}]}) in a variable. */
	static List<String> offered(Object options) {
		List<Object> list = FormValues.list(EngineValues.plain(options));
		return list == null ? List.of() : list.stream().map(FormValues::map).map(option -> FormValues.text(option.get("value")))
				.filter(java.util.Objects::nonNull).toList();
	}
}
