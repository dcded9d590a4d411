package de.kommunalpilot.platform;

/**
 * A module that keeps personal data of people with a login (experts) takes part in their data-protection
 * requests: it exports what it holds about the person, and erases it, keeping its case history with a
 * pseudonym instead. Erasure runs in one transaction across all modules: all of it happens, or nothing.
 */
public interface PersonalData {

	/** The section's name in the export, e.g. {@code pilots}. */
	String section();

	/** What the module holds about the person, as JSON-friendly values (maps, lists, strings, numbers). */
	Object export(Person person);

	/** Removes or pseudonymises everything the module holds about the person. */
	void erase(Person person);

	/**
	 * Replaces a value (a name, an address) by {@link Person#ERASED_NAME} wherever it appears in the given
	 * text columns ({@code "table.column"}), keeping the rest of the text.
	 */
	static void replaceInTexts(org.springframework.jdbc.core.JdbcTemplate jdbc, String value, String... tableColumns) {
		if (value == null || value.isBlank()) {
			return;
		}
		for (String tableColumn : tableColumns) {
			String[] parts = tableColumn.split("\\.");
			jdbc.update("update " + parts[0] + " set " + parts[1] + " = replace(" + parts[1] + ", ?, ?) where strpos(" + parts[1] + ", ?) > 0",
					value, Person.ERASED_NAME, value);
		}
	}

	/**
	 * The person a request is about.
	 *
	 * @param userId the login, or {@code null} if they never had one
	 * @param pseudonym what replaces the login and the name in kept case history
	 */
	record Person(String userId, String name, String email, String pseudonym) {

		/** The German placeholder that replaces the name in case history. */
		public static final String ERASED_NAME = "Gelöschte Person";
	}
}
