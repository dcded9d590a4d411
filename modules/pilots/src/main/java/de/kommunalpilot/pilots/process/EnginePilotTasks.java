package de.kommunalpilot.pilots.process;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotTasks;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * Reads pilots' open tasks from the engine's runtime tables (never its history).
 */
@Component
class EnginePilotTasks implements PilotTasks {

	private final TaskService taskService;
	private final org.camunda.bpm.engine.HistoryService historyService;
	private final RuntimeService runtimeService;
	private final org.camunda.bpm.engine.RepositoryService repositoryService;
	private final EngineSystemCalls systemCalls;
	private final org.springframework.jdbc.core.JdbcTemplate jdbc;

	EnginePilotTasks(TaskService taskService, org.camunda.bpm.engine.HistoryService historyService,
			RuntimeService runtimeService, org.camunda.bpm.engine.RepositoryService repositoryService,
			EngineSystemCalls systemCalls, org.springframework.jdbc.core.JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.repositoryService = repositoryService;
		this.taskService = taskService;
		this.historyService = historyService;
		this.runtimeService = runtimeService;
		this.systemCalls = systemCalls;
	}

	@Override
	public List<OpenTask> openTasks(String reference, String userId, Set<String> groups) {
		java.util.function.Supplier<List<OpenTask>> query = () -> taskService.createTaskQuery()
				.processInstanceBusinessKey(reference).active().orderByTaskCreateTime().asc().list().stream()
				.map(this::view).toList();
		// staff see the whole case, including the tasks that lie with the expert; experts only their own
		boolean staff = groups.contains("coordinators") || groups.contains("leads") || groups.contains("camunda-admin");
		return staff ? systemCalls.run(query) : systemCalls.asUser(userId, query);
	}

	@Override
	public Set<String> referencesWithOverdueTasks() {
		return systemCalls.run(() -> {
			Set<String> instances = taskService.createTaskQuery().dueBefore(new java.util.Date()).active().list().stream()
					.map(Task::getProcessInstanceId).collect(Collectors.toSet());
			if (instances.isEmpty()) {
				return new HashSet<String>();
			}
			return runtimeService.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
					.map(ProcessInstance::getBusinessKey).filter(key -> key != null).collect(Collectors.toSet());
		});
	}

	@Override
	public java.util.Map<String, Long> overdueByHolder() {
		// one query however many tasks are overdue: an assigned task counts for its assignee, an open one for each
		// candidate group (the engine's own tables, read in the engine adapter)
		java.util.Map<String, Long> holders = new java.util.TreeMap<>();
		jdbc.query("""
				select coalesce(t.assignee_, 'Gruppe ' || l.group_id_) as holder, count(*) as tasks
				from act_ru_task t
				join act_re_procdef d on d.id_ = t.proc_def_id_
				left join act_ru_identitylink l on t.assignee_ is null and l.task_id_ = t.id_ and l.type_ = 'candidate' and l.group_id_ is not null
				where t.due_date_ < ? and t.suspension_state_ = 1 and d.key_ in (?, ?) and (t.assignee_ is not null or l.group_id_ is not null)
				group by 1""", (java.sql.ResultSet rs) -> {
			holders.put(rs.getString(1), rs.getLong(2));
		}, new java.sql.Timestamp(System.currentTimeMillis()), ProcessVariables.PILOT_PROCESS, ProcessVariables.ASSIGNMENT_PROCESS);
		return holders;
	}

	@Override
	public List<CompletedTask> completedTasks(String reference) {
		return systemCalls.run(() -> historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(reference)
				.finished().orderByHistoricActivityInstanceStartTime().asc().list().stream()
				.filter(task -> !"deleted".equals(task.getDeleteReason()) && task.getEndTime() != null)
				.map(task -> new CompletedTask(task.getName(), task.getAssignee(), task.getEndTime())).toList());
	}

	@Override
	public java.util.Optional<Diagram> diagram(String reference) {
		return systemCalls.run(() -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
				.processDefinitionKey(ProcessVariables.PILOT_PROCESS).list().stream().findFirst().map(instance -> {
					try (java.io.InputStream model = repositoryService.getProcessModel(instance.getProcessDefinitionId())) {
						String xml = new String(model.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
						List<String> active = instance.getEndTime() != null ? List.of()
								: runtimeService.getActiveActivityIds(instance.getId());
						return new Diagram(xml, active);
					}
					catch (java.io.IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				}));
	}

	@Override
	public String processInstanceId(String reference) {
		return systemCalls.run(() -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference)
				.processDefinitionKey(ProcessVariables.PILOT_PROCESS).list().stream().findFirst()
				.map(ProcessInstance::getId).orElse(null));
	}

	private OpenTask view(Task task) {
		String groups = taskService.getIdentityLinksForTask(task.getId()).stream()
				.filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
				.map(IdentityLink::getGroupId).collect(Collectors.joining(", "));
		return new OpenTask(task.getId(), task.getName(), task.getAssignee(), groups, task.getDueDate(),
				task.getCreateTime());
	}
}
