package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.platform.LegalNotice;

/**
 * Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit: public, filled in from the operator's
 * settings (placeholders where none are set), the privacy notice naming the periods the application applies;
 * linked from the footer of every page (public, staff, sign-in, error), from every consent checkbox and from
 * every mail.
 */
@IntegrationTest
class LegalPagesIntegrationTests {

	static final List<String> LINKS = List.of("href=\"/oeffentlich/impressum\"", "href=\"/oeffentlich/datenschutz\"",
			"href=\"/oeffentlich/barrierefreiheit\"");

	@LocalServerPort int port;

	@Test
	void theLegalPagesAnswerEveryoneWithTheOperatorsDetails() {
		WebClientSession visitor = new WebClientSession(port);
		assertThat(visitor.get("/oeffentlich/impressum").body()).contains("Impressum", "§ 5 Digitale-Dienste-Gesetz",
				"Beispiel-Netzwerk Entwicklungspolitik", "Musterstraße 1", "§ 18 Abs. 2", "Statistisches Bundesamt (Destatis)");
		String privacy = visitor.get("/oeffentlich/datenschutz").body();
		assertThat(privacy).contains("Datenschutzerklärung", "Dr. Daniela Datenschutz (Demo)", "Anfrage eines Pilotvorhabens",
				"Registrierung im Expert*innen-Pool", "Ausleihe der Wanderausstellung", "Anmeldung zu einem Austauschtreffen",
				"Art. 6 Abs. 1 lit. a", "Art. 77 DSGVO", "Landesbeauftragte für den Datenschutz",
				// the periods NightlyRetention applies (kommunalpilot.retention.mails / .links)
				"2 Jahre nach dem Versand", "30 Tage nach Gebrauch oder Ablauf");
		assertThat(visitor.get("/oeffentlich/barrierefreiheit").body()).contains("Erklärung zur Barrierefreiheit", "WCAG",
				"teilweise", "barrierefreiheit@kommunalpilot.invalid", "Durchsetzungsverfahren", "Ombudsstelle");
	}

	@Test
	void withoutTheOperatorsDetailsThePagesShowWhatIsMissing() {
		LegalNotice unset = new LegalNotice("[Name des Trägers]", "[Anschrift]", "[Vorstand]", "[Register]", "[E-Mail]", "[Telefon]",
				"[Verantwortlich]", "[DSB]", "[DSB-E-Mail]", "LfDI", "[Kontakt]", "Ombudsstelle", "[Datum]");
		assertThat(unset.complete()).isFalse();
		assertThat(new LegalNotice("Träger", "Anschrift", "Vorstand", "VR 1", "a@b.de", "0711", "Frau A", "Herr B", "dsb@b.de", "LfDI",
				"bf@b.de", "Ombudsstelle", "01.12.2026").complete()).isTrue();
	}

	@Test
	void everyPageLinksToThemAndEveryConsentToThePrivacyNotice() {
		WebClientSession visitor = new WebClientSession(port);
		for (String path : List.of("/oeffentlich", "/oeffentlich/anfrage", "/oeffentlich/ausstellung", "/oeffentlich/expertinnen", "/login",
				"/oeffentlich/impressum")) {
			assertThat(visitor.get(path).body()).as(path).contains(LINKS);
		}
		for (String form : List.of("/oeffentlich/anfrage", "/oeffentlich/ausstellung", "/oeffentlich/expertinnen")) {
			assertThat(visitor.get(form).body()).as(form).containsPattern("(?s)id=\"consent\".*?<a href=\"/oeffentlich/datenschutz\"");
		}
		WebClientSession staff = new WebClientSession(port);
		staff.login("koordination", "demo");
		for (String path : List.of("/pilotvorhaben", "/dashboard", "/austauschtreffen", "/ausstellung", "/profil", "/kommunen",
				"/pilotvorhaben/P-1999-0001")) {
			String page = staff.get(path).body();
			assertThat(page).as(path).contains(LINKS);
			// once, in the footer (not also where the page takes its navigation from)
			assertThat(page.split("href=\"/oeffentlich/impressum\"", -1)).as(path).hasSize(2);
		}
	}

	@Test
	void everyMailNamesItsSenderAndThePrivacyNotice() throws Exception {
		WebClientSession visitor = new WebClientSession(port);
		String csrf = visitor.csrfTokenFrom("/oeffentlich/anfrage");
		visitor.postForm("/oeffentlich/anfrage", ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "ags", "08416041", "municipalityName",
				"Universitätsstadt Tübingen", "title", "Mit Impressum", "enquiry", "Text", "contactName", "Frau Recht", "contactEmail",
				"recht@tuebingen.example.org", "consent", "on")));
		String body = TestMailServer.awaitMailTo("recht@tuebingen.example.org", "Mit Impressum").getContent().toString();
		assertThat(body).contains("Impressum: http", "/oeffentlich/impressum", "Datenschutz: http", "/oeffentlich/datenschutz");
	}
}
