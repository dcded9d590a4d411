package de.kommunalpilot.identity.engine;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * Idempotent grants: adds the permissions a group lacks on a resource, never removes any, so that what
 * an administrator granted in Camunda Admin survives a restart.
 */
final class Authorizations {

	private final AuthorizationService authorizationService;

	Authorizations(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	void grantGroup(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization authorization = authorizationService.createAuthorizationQuery()
				.authorizationType(AUTH_TYPE_GRANT)
				.groupIdIn(groupId)
				.resourceType(resource)
				.resourceId(resourceId)
				.singleResult();
		if (authorization == null) {
			authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
			authorization.setGroupId(groupId);
			authorization.setResource(resource);
			authorization.setResourceId(resourceId);
		}
		boolean changed = authorization.getId() == null;
		for (Permission permission : permissions) {
			if (!authorization.isPermissionGranted(permission)) {
				authorization.addPermission(permission);
				changed = true;
			}
		}
		if (changed) {
			authorizationService.saveAuthorization(authorization);
		}
	}

	void grantGroupOnAll(String groupId, Resource resource, Permission... permissions) {
		grantGroup(groupId, resource, ANY, permissions);
	}
}
