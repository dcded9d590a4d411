package de.kommunalpilot.platform;

/**
 * People by name, not by login, wherever a page shows who someone is (the header, note authors,
 * assignees, the dashboard). The identity module answers; a login it does not know is shown as it is.
 * Pages reach it as the bean {@code userNames}.
 */
public interface UserNames {

	String fullName(String userId);

	/** The German names of groups given by id, comma-separated as the engine lists candidate groups: „Koordination“. */
	String groupNames(String groupIds);

	/** The members of a group, by name (e.g. the coordinators to hand a case to). */
	java.util.List<Person> membersOf(String groupId);

	/** The members of a group who have an e-mail address, with it (e.g. the leads a deadline is told to). */
	java.util.List<Address> addressesOf(String groupId);

	/** Whether the person said on their profile that they are away (their cases' steps go to the substitute). */
	boolean isAbsent(String userId);

	record Person(String userId, String name) {
	}

	record Address(String userId, String name, String email) {
	}
}
