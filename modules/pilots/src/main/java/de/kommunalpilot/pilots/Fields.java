package de.kommunalpilot.pilots;

import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.InvalidInputException.Collector;

/**
 * The rules of an enquiry, shared by the API, the public enquiry page and the start form.
 */
public final class Fields {

	private Fields() {
	}

	public static Collector checkEnquiry(String ags, String municipalityName, String title, String text,
			String contactName, String contactEmail, Collector violations) {
		FormFields.ags(violations, "ags", ags);
		FormFields.requiredText(violations, "municipalityName", municipalityName, 200, "den Namen der Kommune");
		FormFields.requiredText(violations, "title", title, 200, "einen Titel");
		FormFields.requiredText(violations, "enquiry", text, 4000, "die Anfrage");
		FormFields.optionalText(violations, "contactName", contactName, 200);
		FormFields.email(violations, "contactEmail", contactEmail, false);
		return violations;
	}
}
