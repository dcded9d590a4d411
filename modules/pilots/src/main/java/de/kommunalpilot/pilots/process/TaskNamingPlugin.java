package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.stereotype.Component;

/**
 * Every user task of a pilot carries the pilot reference and the municipality in its name and
 * description ("Anfrage prüfen · P-2026-0001 · Tübingen"), so Tasklist's list shows whose task it is
 * without opening it. Added to all user tasks of the pilot processes at deployment.
 */
@Component
class TaskNamingPlugin extends AbstractProcessEnginePlugin {

	static final TaskListener NAME_TASK = TaskNamingPlugin::name;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (isPilotProcess(scope)) {
					if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
						behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, NAME_TASK);
					}
				}
			}
		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	private static boolean isPilotProcess(ScopeImpl scope) {
		ProcessDefinitionEntity definition = (ProcessDefinitionEntity) scope.getProcessDefinition();
		return PILOT_PROCESS.equals(definition.getKey()) || ASSIGNMENT_PROCESS.equals(definition.getKey());
	}

	static void name(DelegateTask task) {
		Object reference = task.getVariable(REFERENCE);
		Object municipality = task.getVariable(MUNICIPALITY);
		if (reference == null || task.getName() == null || task.getName().contains(reference.toString())) {
			return;
		}
		String suffix = " · " + reference + (municipality == null ? "" : " · " + municipality);
		task.setName(task.getName() + suffix);
		task.setDescription("Pilotvorhaben " + reference + (municipality == null ? "" : " in " + municipality)
				+ (task.getVariable(TITLE) == null ? "" : ": " + task.getVariable(TITLE)));
	}
}
