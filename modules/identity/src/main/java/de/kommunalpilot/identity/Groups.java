package de.kommunalpilot.identity;

import java.util.List;

/**
 * The groups of Kommunalpilot's users. Group ids are also the Spring Security authorities of a
 * signed-in user, so pages can ask {@code hasAuthority(Groups.LEADS)}.
 */
public final class Groups {

	/** Koordination: moves cases through their tasks, assigns experts, reviews. */
	public static final String COORDINATORS = "coordinators";

	/** Expert*innen: complete the tasks assigned to them, and only those. */
	public static final String EXPERTS = "experts";

	/** Projektleitung: monitors all processes, approves closure, sees key figures. */
	public static final String LEADS = "leads";

	/** Administration: users, groups and authorizations in Camunda Admin. */
	public static final String ADMINS = "camunda-admin";

	public static final List<String> ALL = List.of(COORDINATORS, EXPERTS, LEADS, ADMINS);

	private Groups() {
	}

	/** German name shown in Camunda Admin. */
	public static String displayName(String groupId) {
		return switch (groupId) {
			case COORDINATORS -> "Koordination";
			case EXPERTS -> "Expert*innen";
			case LEADS -> "Projektleitung";
			case ADMINS -> "Administration";
			default -> groupId;
		};
	}
}
