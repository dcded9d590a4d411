package de.kommunalpilot.platform.engine;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.CalendarEntries;
import de.kommunalpilot.platform.Calendars;

/** The due dates of the tasks assigned to the person, as whole-day entries. */
@Component
class TaskCalendarEntries implements CalendarEntries {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final TaskService tasks;
	private final EngineSystemCalls calls;

	TaskCalendarEntries(TaskService tasks, EngineSystemCalls calls) {
		this.tasks = tasks;
		this.calls = calls;
	}

	@Override
	public List<Calendars.Event> entriesFor(String userId, Set<String> groups) {
		return calls.run(() -> tasks.createTaskQuery().taskAssignee(userId).dueAfter(java.util.Date.from(java.time.Instant.now()
				.minus(java.time.Duration.ofDays(60)))).orderByDueDate().asc().listPage(0, 500)).stream().filter(task -> task.getDueDate() != null)
				.map(task -> {
					java.time.LocalDate due = task.getDueDate().toInstant().atZone(BERLIN).toLocalDate();
					return Calendars.Event.days("task-" + task.getId() + "@kommunalpilot", 0, "Fällig: " + task.getName(), null, null, due, due);
				}).toList();
	}
}
