package de.kommunalpilot.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs this installation, for the Impressum, the Datenschutzerklärung and the Erklärung zur
 * Barrierefreiheit ({@code kommunalpilot.legal.*}). The pages' texts are complete German templates; these
 * values fill them in. What the operator has not set shows as a visible placeholder in brackets, and the start
 * warns about it.
 */
@ConfigurationProperties("kommunalpilot.legal")
public record LegalNotice(
		@DefaultValue("[Name des Trägers]") String operator,
		@DefaultValue("[Straße und Hausnummer, PLZ Ort]") String address,
		@DefaultValue("[Vertretungsberechtigter Vorstand]") String representedBy,
		@DefaultValue("[Registergericht und Registernummer]") String register,
		@DefaultValue("[E-Mail-Adresse]") String email,
		@DefaultValue("[Telefonnummer]") String phone,
		@DefaultValue("[Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV]") String responsibleForContent,
		@DefaultValue("[Name der oder des Datenschutzbeauftragten]") String dataProtectionOfficer,
		@DefaultValue("[E-Mail-Adresse der oder des Datenschutzbeauftragten]") String dataProtectionEmail,
		@DefaultValue("Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg, "
				+ "Lautenschlagerstraße 20, 70173 Stuttgart, poststelle@lfdi.bwl.de") String supervisoryAuthority,
		@DefaultValue("[E-Mail-Adresse für Rückmeldungen zur Barrierefreiheit]") String accessibilityContact,
		@DefaultValue("Ombudsstelle für barrierefreie Informationstechnik bei der Landes-Behindertenbeauftragten "
				+ "Baden-Württemberg, Else-Josenhans-Straße 6, 70173 Stuttgart, ombudsstelle@sm.bwl.de") String accessibilityEnforcement,
		@DefaultValue("[Datum der letzten Prüfung]") String accessibilityReviewedOn) {

	private static final Logger log = LoggerFactory.getLogger(LegalNotice.class);

	/** Whether the operator has set everything the pages need. */
	public boolean complete() {
		return java.util.stream.Stream.of(operator, address, representedBy, register, email, phone, responsibleForContent,
				dataProtectionOfficer, dataProtectionEmail, accessibilityContact, accessibilityReviewedOn)
				.noneMatch(value -> value == null || value.startsWith("["));
	}

	/** Called once at start-up: an installation without its operator's details says so in the log. */
	public void warnIfIncomplete() {
		if (!complete()) {
			log.warn("Impressum, Datenschutzerklärung und Erklärung zur Barrierefreiheit zeigen noch Platzhalter: bitte "
					+ "kommunalpilot.legal.* setzen (siehe README, „Legal pages“).");
		}
	}
}
