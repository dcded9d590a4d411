package de.kommunalpilot.identity.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import de.kommunalpilot.identity.Groups;

/**
 * The Tasklist filters every group starts with, kept in step at every start (an existing installation
 * gets new filters and changed queries too). Tasklist opens the filter with the lowest priority a user
 * sees: coordinators their team's open work, leads the tasks of the programme lead, experts their own
 * tasks. The filters only select; the engine still shows each user only the tasks they may see.
 */
final class TasklistFilters {

	static final String MY_TASKS = "Meine Aufgaben";
	static final String COORDINATION_OPEN = "Koordination — offen";
	static final String LEADS_OPEN = "Projektleitung — offen";
	static final String OVERDUE = "Überfällig";
	static final String MY_PILOTS = "Meine Pilotvorhaben";

	private final FilterService filters;
	private final TaskService tasks;
	private final AuthorizationService authorizations;

	TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
		this.filters = filters;
		this.tasks = tasks;
		this.authorizations = authorizations;
	}

	void ensureAll() {
		ensure(MY_TASKS, -10, "#0b6e4f", "Aufgaben, die mir zugewiesen sind",
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
				Groups.COORDINATORS, Groups.EXPERTS, Groups.LEADS);
		ensure(LEADS_OPEN, -30, "#b35900", "Offene Aufgaben der Projektleitung (Freigaben)",
				tasks.createTaskQuery().taskCandidateGroup(Groups.LEADS).includeAssignedTasks(),
				Groups.LEADS);
		ensure(COORDINATION_OPEN, -20, "#1f6feb", "Offene Aufgaben der Koordination, meine und die des Teams",
				tasks.createTaskQuery().taskCandidateGroup(Groups.COORDINATORS).includeAssignedTasks(),
				Groups.COORDINATORS, Groups.LEADS);
		ensure(OVERDUE, 10, "#c62828", "Aufgaben, deren Fälligkeit überschritten ist",
				tasks.createTaskQuery().dueBeforeExpression("${now()}"),
				Groups.COORDINATORS, Groups.EXPERTS, Groups.LEADS);
		ensure(MY_PILOTS, 20, "#6f42c1", "Meine Aufgaben in Pilotvorhaben",
				tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")
						.processDefinitionKeyIn("pilot-implementation", "expert-assignment"),
				Groups.EXPERTS);
	}

	private void ensure(String name, int priority, String color, String description, TaskQuery query,
			String... groups) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("color", color);
		properties.put("refresh", true);
		properties.put("variables", List.of(
				Map.of("name", "pilotReference", "label", "Pilotvorhaben"),
				Map.of("name", "municipalityName", "label", "Kommune")));
		Filter filter = filters.createFilterQuery().filterName(name).singleResult();
		if (filter == null) {
			filter = filters.newTaskFilter(name).setOwner(null);
		}
		filters.saveFilter(filter.setQuery(query).setProperties(properties));
		for (String group : groups) {
			boolean granted = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
					.groupIdIn(group).resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
			if (!granted) {
				Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
				read.setGroupId(group);
				read.setResource(Resources.FILTER);
				read.setResourceId(filter.getId());
				read.addPermission(Permissions.READ);
				authorizations.saveAuthorization(read);
			}
		}
	}
}
