package de.kommunalpilot.platform.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

import de.kommunalpilot.platform.CaseTaskNaming;

/**
 * Adds a create listener to every user task of the processes that declare a {@link CaseTaskNaming}.
 */
@Component
class CaseTaskNamingPlugin extends AbstractProcessEnginePlugin {

	private final ObjectProvider<CaseTaskNaming> namings;

	CaseTaskNamingPlugin(ObjectProvider<CaseTaskNaming> namings) {
		this.namings = namings;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				String key = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
				Optional<CaseTaskNaming> naming = namings.stream().filter(n -> n.processKey().equals(key)).findFirst();
				if (naming.isPresent() && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
					TaskListener listener = task -> name(task, naming.get());
					behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
				}
			}
		});
		configuration.setCustomPreBPMNParseListeners(listeners);
	}

	static void name(DelegateTask task, CaseTaskNaming naming) {
		Object reference = task.getVariable(naming.referenceVariable());
		Object subject = task.getVariable(naming.subjectVariable());
		if (reference == null || task.getName() == null || task.getName().contains(reference.toString())) {
			return;
		}
		task.setName(task.getName() + " · " + reference + (subject == null ? "" : " · " + subject));
		Object detail = naming.detailVariable() == null ? null : task.getVariable(naming.detailVariable());
		task.setDescription(naming.kind() + " " + reference + (subject == null ? "" : " in " + subject)
				+ (detail == null ? "" : ": " + detail));
	}
}
