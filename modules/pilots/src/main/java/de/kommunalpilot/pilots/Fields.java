package de.kommunalpilot.pilots;

import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.InvalidInputException.Collector;

/**
 * The rules of an enquiry, shared by the API, the public enquiry page and the start form.
 */
public final class Fields {

	public static final int NAME_MAX = 200;
	public static final int EMAIL_MAX = 320;

	private Fields() {
	}

	public static Collector checkEnquiry(String ags, String municipalityName, String title, String text,
			String contactName, String contactEmail, Collector violations) {
		if (ags != null && !ags.isBlank()) {
			FormFields.ags(violations, "ags", ags); // without a key, the name must name one entry of the register
		}
		FormFields.requiredText(violations, "municipalityName", municipalityName, NAME_MAX, "den Namen der Kommune");
		FormFields.requiredText(violations, "title", title, NAME_MAX, "einen Titel");
		FormFields.requiredText(violations, "enquiry", text, Pilot.NEEDS_MAX, "die Anfrage");
		FormFields.optionalText(violations, "contactName", contactName, NAME_MAX);
		FormFields.email(violations, "contactEmail", contactEmail, false);
		return violations;
	}
}
