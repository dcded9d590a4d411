package de.kommunalpilot.identity.engine;

import static org.camunda.bpm.engine.impl.util.EnsureUtil.ensureValidIndividualResourceId;

import java.util.List;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.identity.Groups;

/**
 * Task authorizations that keep the coordinators' and leads' task lists independent of the number of open
 * tasks.
 * <p>
 * Camunda gives every candidate group, candidate user and assignee of a task its own authorization row with
 * READ. A task query then joins every task with every row the user's groups hold, so for coordinators, who
 * are candidates on most open tasks, the cost grows with the square of the open tasks (15 s for Tasklist's
 * list at 10,000 open cases). The teams ({@link #TEAMS}) read tasks through one grant per group instead
 * (READ_TASK on all process definitions, see {@code IdentitySetup}) — they may read every process instance
 * and its history anyway — and their per-task row carries only the permission to work on that task
 * ({@code defaultUserPermissionNameForTask}). Who may claim or complete which task is therefore exactly what
 * it was; experts, not a team, keep the engine's default (READ and work on their own tasks, nothing else).
 */
@Component
class TeamTaskAuthorizations extends AbstractProcessEnginePlugin {

	/** The groups that read all tasks through their process-definition grant. */
	static final List<String> TEAMS = List.of(Groups.COORDINATORS, Groups.LEADS);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setResourceAuthorizationProvider(new Provider());
	}

	/**
	 * Takes READ off the per-task rows the engine's default gave the teams before this provider existed;
	 * idempotent, so it can run at every start.
	 */
	static int downgradeExistingRows(JdbcTemplate jdbc) {
		return jdbc.update("""
				update act_ru_authorization set perms_ = perms_ & ~2, rev_ = rev_ + 1
				where type_ = 1 and resource_type_ = ? and resource_id_ <> '*' and (perms_ & 2) = 2
				  and (group_id_ in (?, ?)
				       or user_id_ in (select user_id_ from act_id_membership where group_id_ in (?, ?)))""",
				Resources.TASK.resourceType(), TEAMS.get(0), TEAMS.get(1), TEAMS.get(0), TEAMS.get(1));
	}

	static final class Provider extends DefaultAuthorizationProvider {

		@Override
		public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
			return TEAMS.contains(groupId) ? workOnly(task, null, groupId) : super.newTaskGroupIdentityLink(task, groupId, type);
		}

		@Override
		public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
			return inTeam(userId) ? workOnly(task, userId, null) : super.newTaskUserIdentityLink(task, userId, type);
		}

		@Override
		public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
			return newAssignee != null && inTeam(newAssignee) ? workOnly(task, newAssignee, null)
					: super.newTaskAssignee(task, oldAssignee, newAssignee);
		}

		@Override
		public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
			return newOwner != null && inTeam(newOwner) ? workOnly(task, newOwner, null) : super.newTaskOwner(task, oldOwner, newOwner);
		}

		private AuthorizationEntity[] workOnly(Task task, String userId, String groupId) {
			ensureValidIndividualResourceId("Cannot grant a task authorization to " + (userId != null ? userId : groupId),
					userId != null ? userId : groupId);
			return new AuthorizationEntity[] {
					createOrUpdateAuthorization(task, userId, groupId, Resources.TASK, false, getDefaultUserPermissionForTask()) };
		}

		private static boolean inTeam(String userId) {
			CommandContext context = Context.getCommandContext();
			return context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().createGroupQuery()
					.groupMember(userId).groupIdIn(TEAMS.toArray(String[]::new)).count() > 0);
		}
	}
}
