package de.kommunalpilot.identity.engine;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.identity.IdentityProperties;

/**
 * Creates the groups, the authorizations each group needs and the administrator at start-up, before
 * the web server takes requests; in the demo profile also the demo users. Runs in one transaction
 * and adds only what is missing.
 */
@Component
class IdentitySetup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	static final String DEMO_PASSWORD = "demo";

	/** Demo users: id, first name, last name, group. */
	static final List<List<String>> DEMO_USERS = List.of(
			List.of("koordination", "Sabine", "Kaiser", de.kommunalpilot.identity.Groups.COORDINATORS),
			List.of("leitung", "Thomas", "Lehmann", de.kommunalpilot.identity.Groups.LEADS),
			List.of("expertin", "Amina", "Yılmaz", de.kommunalpilot.identity.Groups.EXPERTS),
			List.of("experte", "Daniel", "Mensah", de.kommunalpilot.identity.Groups.EXPERTS));

	private final IdentityService identityService;
	private final AuthorizationService authorizationService;
	private final TransactionTemplate transactions;
	private final IdentityProperties properties;
	private final Environment environment;
	private final FilterService filterService;
	private final TaskService taskService;
	private final JdbcTemplate jdbc;

	IdentitySetup(IdentityService identityService, AuthorizationService authorizationService,
			TransactionTemplate transactions, IdentityProperties properties, Environment environment,
			FilterService filterService, TaskService taskService, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.filterService = filterService;
		this.taskService = taskService;
		this.identityService = identityService;
		this.authorizationService = authorizationService;
		this.transactions = transactions;
		this.properties = properties;
		this.environment = environment;
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
		transactions.executeWithoutResult(status -> {
			de.kommunalpilot.identity.Groups.ALL.forEach(this::ensureGroup);
			grantAuthorizations(new Authorizations(authorizationService));
			String adminPassword = demo ? DEMO_PASSWORD : properties.admin().password();
			ensureUser(properties.admin().user(), "Kommunalpilot", "Administration", adminPassword,
					de.kommunalpilot.identity.Groups.ADMINS);
			if (demo) {
				DEMO_USERS.forEach(user -> ensureUser(user.get(0), user.get(1), user.get(2), DEMO_PASSWORD, user.get(3)));
			}
			new TasklistFilters(filterService, taskService, authorizationService).ensureAll();
			int downgraded = TeamTaskAuthorizations.downgradeExistingRows(jdbc);
			if (downgraded > 0) {
				log.info("{} task authorizations of coordinators and leads now grant work only, reading comes from the group", downgraded);
			}
		});
		if (demo) {
			log.info("Demo profile: users {} and {} can sign in with password '{}'",
					DEMO_USERS.stream().map(user -> user.get(0)).toList(), properties.admin().user(), DEMO_PASSWORD);
		}
	}

	private void grantAuthorizations(Authorizations grants) {
		String admins = de.kommunalpilot.identity.Groups.ADMINS;
		for (Resources resource : Resources.values()) {
			grants.grantGroupOnAll(admins, resource, ALL);
		}

		String coordinators = de.kommunalpilot.identity.Groups.COORDINATORS;
		grants.grantGroup(coordinators, Resources.APPLICATION, "tasklist", ACCESS);
		// READ_TASK: the teams read tasks through this one grant, not a row per task (TeamTaskAuthorizations)
		grants.grantGroupOnAll(coordinators, Resources.PROCESS_DEFINITION, READ, CREATE_INSTANCE, READ_HISTORY, READ_TASK);
		grants.grantGroupOnAll(coordinators, Resources.PROCESS_INSTANCE, CREATE, READ);
		grants.grantGroupOnAll(coordinators, Resources.DECISION_DEFINITION, READ);
		grants.grantGroupOnAll(coordinators, Resources.USER, READ);
		grants.grantGroupOnAll(coordinators, Resources.GROUP, READ);

		String leads = de.kommunalpilot.identity.Groups.LEADS;
		grants.grantGroup(leads, Resources.APPLICATION, "tasklist", ACCESS);
		grants.grantGroup(leads, Resources.APPLICATION, "cockpit", ACCESS);
		grants.grantGroupOnAll(leads, Resources.PROCESS_DEFINITION, READ, READ_HISTORY, READ_INSTANCE, READ_TASK);
		grants.grantGroupOnAll(leads, Resources.PROCESS_INSTANCE, READ);
		grants.grantGroupOnAll(leads, Resources.DECISION_DEFINITION, READ, READ_HISTORY);
		grants.grantGroupOnAll(leads, Resources.DECISION_REQUIREMENTS_DEFINITION, READ);
		grants.grantGroupOnAll(leads, Resources.DEPLOYMENT, READ);
		grants.grantGroupOnAll(leads, Resources.USER, READ);
		grants.grantGroupOnAll(leads, Resources.GROUP, READ);

		// experts: Tasklist only; their tasks become visible through assignee links alone
		grants.grantGroup(de.kommunalpilot.identity.Groups.EXPERTS, Resources.APPLICATION, "tasklist", ACCESS);
	}

	private void ensureGroup(String groupId) {
		if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
			return;
		}
		Group group = identityService.newGroup(groupId);
		group.setName(de.kommunalpilot.identity.Groups.displayName(groupId));
		group.setType(groupId.equals(de.kommunalpilot.identity.Groups.ADMINS) ? Groups.GROUP_TYPE_SYSTEM
				: Groups.GROUP_TYPE_WORKFLOW);
		identityService.saveGroup(group);
	}

	private void ensureUser(String userId, String firstName, String lastName, String password, String groupId) {
		if (identityService.createUserQuery().userId(userId).count() == 0) {
			User user = identityService.newUser(userId);
			user.setFirstName(firstName);
			user.setLastName(lastName);
			user.setEmail(userId + "@kommunalpilot.invalid");
			user.setPassword(password);
			identityService.saveUser(user);
			log.info("Created user {}", userId);
		}
		if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
			identityService.createMembership(userId, groupId);
		}
	}
}
