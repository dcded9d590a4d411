package de.kommunalpilot.platform.engine;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.CaseTasks;

@Component
class EngineCaseTasks implements CaseTasks {

	private final TaskService taskService;
	private final EngineSystemCalls systemCalls;

	EngineCaseTasks(TaskService taskService, EngineSystemCalls systemCalls) {
		this.taskService = taskService;
		this.systemCalls = systemCalls;
	}

	@Override
	public List<OpenTask> open(String businessKey) {
		return systemCalls.run(() -> taskService.createTaskQuery().processInstanceBusinessKey(businessKey).orderByTaskCreateTime().asc()
				.list().stream().map(task -> new OpenTask(task.getId(), task.getName(), task.getAssignee(), task.getDueDate())).toList());
	}

	@Override
	public void handOver(String businessKey, String group, String from, String to) {
		systemCalls.run(() -> {
			taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskCandidateGroup(group).includeAssignedTasks().list()
					.stream().filter(task -> task.getAssignee() == null || task.getAssignee().equals(from))
					.forEach(task -> taskService.setAssignee(task.getId(), to));
			return null;
		});
	}
}
