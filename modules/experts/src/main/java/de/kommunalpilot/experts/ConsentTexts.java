package de.kommunalpilot.experts;

import java.math.BigDecimal;

/**
 * The texts an expert confirms before joining the pool, with their versions: what was confirmed is
 * recorded as version and time, so a later change of the text does not change an earlier consent.
 */
public final class ConsentTexts {

	public static final String CONSENT_VERSION = "2026-11";
	public static final String FEE_TERMS_VERSION = "2026-11";

	public static final String CONSENT = """
			Ich willige ein, dass das Programm „Migration und Entwicklung auf kommunaler Ebene“ meine Angaben aus der \
			Registrierung (Name, Organisation, Kontaktdaten, Sprachen, Länderbezüge, Themen, Einsatzgebiete und Profil) \
			speichert, um mich Kommunen für Pilotvorhaben vorzuschlagen, mich anzufragen und meine Beratung abzurechnen. \
			Meine Daten sehen nur die Koordination und die Projektleitung; Kommunen erfahren meinen Namen, wenn ich eine \
			Beratung übernehme. Ich kann die Einwilligung jederzeit widerrufen; dann werden meine personenbezogenen Daten \
			gelöscht oder anonymisiert, abgeschlossene Vorgänge bleiben ohne sie erhalten. Ich kann jederzeit eine Kopie \
			meiner Daten anfordern.""";

	private ConsentTexts() {
	}

	/** The fee terms with the daily fee the coordination set in the review. */
	public static String feeTerms(BigDecimal dailyFee) {
		return "Für jeden Beratungstag erhalten Sie ein Honorar von " + de.kommunalpilot.platform.GermanNumbers.money(dailyFee)
				+ ". Die Zahl der Beratungstage wird je Pilotvorhaben in einer Honorarvereinbarung festgelegt. Beratungen "
				+ "werden mit Datum, Dauer und Thema im Kommunalpilot erfasst; das Honorar wird nach Freigabe der Dokumentation "
				+ "gegen Rechnung gezahlt. Reisekosten werden nach dem Landesreisekostengesetz erstattet.";
	}
}
