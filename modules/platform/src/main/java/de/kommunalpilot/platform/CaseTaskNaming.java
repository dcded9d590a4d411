package de.kommunalpilot.platform;

/**
 * How the user tasks of one process show whose case they belong to: the platform appends the case
 * reference and subject to each task's name ("Versand veranlassen · A-2026-0003 · Ulm") and writes a
 * description, so Tasklist's list tells the cases apart without opening a task. A module declares one
 * bean per process.
 *
 * @param processKey the process definition key
 * @param kind the German kind of case for the description, e.g. "Ausleihe"
 * @param referenceVariable the variable holding the case reference
 * @param subjectVariable the variable holding the municipality or another short subject
 * @param detailVariable an optional variable with a title for the description, or {@code null}
 * @param casePage the app's page of the case, {@code {reference}} standing for the process's business key
 *        (e.g. {@code /pilotvorhaben/{reference}}), or {@code null} when the case has no page of its own
 */
public record CaseTaskNaming(String processKey, String kind, String referenceVariable, String subjectVariable,
		String detailVariable, String casePage) {

	/** The case page of the case with the reference, or {@code null}. */
	public String casePageOf(String reference) {
		return casePage == null || reference == null ? null
				: casePage.replace("{reference}", java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8));
	}
}
