package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * axe-core (WCAG 2.1 A/AA) in Chromium on every page of the app and every public page: for each signed-in role,
 * and the public forms in their error state. No page may have a serious or critical violation. The Camunda
 * webapps (Tasklist, Cockpit, Admin) are measured and their remaining counts printed (README); they declare
 * German as their language.
 */
@IntegrationTest
class AccessibilityBrowserTests {

	@RegisterExtension final Browser browser = new Browser("de-DE");

	@LocalServerPort int port;
	@Autowired DemoData demo;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	/** Opens each path and collects what axe finds, per path. */
	Map<String, List<String>> check(List<String> paths) {
		Map<String, List<String>> found = new LinkedHashMap<>();
		for (String path : paths) {
			browser.driver().get(base() + path);
			browser.waiting().until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
			List<String> blocking = Accessibility.blocking(browser.driver());
			if (!blocking.isEmpty()) {
				found.put(path, blocking);
			}
		}
		return found;
	}

	@Test
	void everyPublicPageAndEveryFormInItsErrorStateHasNoSeriousViolation() {
		String meeting = Api.parse(new Api(port, "koordination").post("/api/meetings", Map.of("title", "Barrierefreies Treffen")).body())
				.path("reference").asText();
		List<String> pages = List.of("/oeffentlich", "/oeffentlich/anfrage", "/oeffentlich/ausstellung", "/oeffentlich/expertinnen",
				"/oeffentlich/treffen/" + meeting, "/oeffentlich/impressum", "/oeffentlich/datenschutz", "/oeffentlich/barrierefreiheit",
				"/oeffentlich/rueckmeldung/unbekannt", "/login");
		Map<String, List<String>> found = new LinkedHashMap<>(check(pages));
		// the forms sent empty: the summary, the marked fields
		for (String form : List.of("/oeffentlich/anfrage", "/oeffentlich/ausstellung", "/oeffentlich/expertinnen")) {
			browser.driver().get(base() + form);
			browser.click(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
			assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).as("the focus is on the summary").isEqualTo("fehler");
			List<String> blocking = Accessibility.blocking(browser.driver());
			if (!blocking.isEmpty()) {
				found.put(form + " (Fehler)", blocking);
			}
		}
		System.out.printf("Accessibility: %d public pages and %d forms in their error state checked%n", pages.size(), 3);
		assertThat(found).as("serious or critical axe violations").isEmpty();
	}

	@Test
	void everyPageOfTheAppHasNoSeriousViolationForAnyRole() {
		demo.ensureExperts();
		String pilot = demo.pilotAt("IMPLEMENTATION", "08416036", "Stadt Rottenburg am Neckar", "Barrierefrei geprüft", "expertin");
		String intake = demo.pilotAt("INTAKE", "08416041", "Universitätsstadt Tübingen", "Mit Terminformular");
		Api coordinator = new Api(port, "koordination");
		String meeting = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Geprüftes Treffen")).body()).path("reference").asText();
		String loan = Api.parse(coordinator.post("/api/exhibition/loans", ExhibitionIntegrationTests.request("SET-B",
				LocalDate.now(GermanDates.ZONE).plusDays(690), LocalDate.now(GermanDates.ZONE).plusDays(696), "a11y@example.org")).body()).path("reference").asText();
		String period = Api.parse(new Api(port, "leitung").post("/api/funding/periods", FundingIntegrationTests.period("Barrierefrei gefördert",
				LocalDate.now(GermanDates.ZONE).minusDays(5), LocalDate.now(GermanDates.ZONE).plusYears(1))).body()).path("reference").asText();
		String expenditure = Api.parse(coordinator.post("/api/funding/periods/" + period + "/expenditures", FundingIntegrationTests.booking(
				"SACHKOSTEN", LocalDate.now(GermanDates.ZONE), new java.math.BigDecimal("1200.00"))).body()).path("id").asText();
		assertThat(List.of(pilot, intake, meeting, loan, period, expenditure)).allMatch(reference -> !reference.isBlank());
		Map<String, List<String>> staffPages = Map.of(
				"koordination", List.of("/pilotvorhaben", "/pilotvorhaben/" + pilot, "/pilotvorhaben/" + intake, "/dashboard",
						"/austauschtreffen", "/austauschtreffen/" + meeting, "/expertinnen", "/ausstellung", "/ausstellung/" + loan,
						"/handreichung", "/profil", "/kommunen", "/kommunen?vorhaben=ja", "/kommunen/08416036", "/foerderung", "/foerderung/" + period, "/foerderung/honorare",
						"/foerderung/ausgaben/" + expenditure, "/reisekosten"),
				"leitung", List.of("/dashboard", "/dashboard?zeitraum=" + period, "/pilotvorhaben", "/pilotvorhaben/" + pilot, "/profil", "/foerderung", "/foerderung/" + period,
						"/foerderung/" + period + "/nachweise/final"),
				"expertin", List.of("/pilotvorhaben", "/pilotvorhaben/" + pilot, "/handreichung", "/profil", "/reisekosten", "/reisekosten/neu"));
		Map<String, List<String>> found = new LinkedHashMap<>();
		int checked = 0;
		for (var role : List.of("koordination", "leitung", "expertin")) {
			browser.driver().manage().deleteAllCookies();
			browser.login(base(), role, "demo");
			check(staffPages.get(role)).forEach((path, violations) -> found.put(role + " " + path, violations));
			checked += staffPages.get(role).size();
		}
		// the expert's travel claim sent empty: the summary, the marked field
		browser.click(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("fehler")));
		List<String> travelForm = Accessibility.blocking(browser.driver());
		if (!travelForm.isEmpty()) {
			found.put("expertin /reisekosten/neu (Fehler)", travelForm);
		}
		System.out.printf("Accessibility: %d app pages checked for 3 roles%n", checked);
		assertThat(found).as("serious or critical axe violations").isEmpty();
		for (String reference : List.of(pilot, intake)) {
			coordinator.post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}

	@Test
	void theCamundaWebappsSpeakGermanAndTheirRemainingViolationsAreCounted() {
		browser.login(base(), "admin", "demo");
		List<String> report = new ArrayList<>();
		for (String app : List.of("tasklist", "cockpit", "admin")) {
			browser.driver().get(base() + "/camunda/app/" + app + "/default/");
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-header], .cam-brand, header")));
			browser.waiting().until(driver -> "de".equals(((JavascriptExecutor) driver).executeScript("return document.documentElement.lang")));
			report.add(app + ": " + Accessibility.counts(browser.driver()));
		}
		System.out.println("Accessibility of the Camunda webapps (axe, WCAG 2.1 A/AA, violations by rule and elements):");
		report.forEach(line -> System.out.println("  " + line));
	}
}
