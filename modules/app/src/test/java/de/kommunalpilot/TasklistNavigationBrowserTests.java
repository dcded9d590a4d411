package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * In a real browser, each role lands where their work is: coordinators on their team's open tasks in
 * Tasklist, leads on the dashboard with their approvals under „Projektleitung — offen“; every task card
 * links to its case page, and Tasklist's header to the app's pages the user may open.
 */
@IntegrationTest
class TasklistNavigationBrowserTests {

	@RegisterExtension final Browser browser = new Browser();

	@LocalServerPort int port;
	@Autowired DemoData demo;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	String activeFilter() {
		return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filter.active .name")))
				.getText();
	}

	WebElement card(String name) {
		return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//li[contains(concat(' ', normalize-space(@class), ' '), ' task ')][.//*[contains(normalize-space(.), '" + name + "')]]")));
	}

	List<String> headerLinks() {
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".kp-page-link")));
		return browser.driver().findElements(By.cssSelector(".kp-page-link")).stream().map(WebElement::getText).toList();
	}

	/** What Tasklist's header offers (its navbar actions with the app's page links). */
	String headerActions() {
		headerLinks();
		return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
				"return document.querySelector('.kp-page-link').closest('ul').innerText;");
	}

	@Test
	void aCoordinatorLandsOnTheTeamsOpenTasksAndReachesTheCaseFromItsCard() {
		String reference = demo.pilotAt("ENQUIRY", "08415093", "St. Johann", "Landung im Browser");

		browser.login(base(), "koordination", "demo");
		assertThat(activeFilter()).startsWith("Koordination — offen");
		WebElement card = card("Anfrage prüfen · " + reference);
		assertThat(headerLinks()).contains("Pilotvorhaben", "Dashboard", "Austauschtreffen", "Ausstellung", "Handreichung");
		assertThat(headerActions()).contains("Prozess starten").doesNotContain("Aufgabe erstellen");

		browser.click(card.findElement(By.linkText("Pilotvorhaben " + reference + " öffnen")));
		browser.waiting().until(ExpectedConditions.urlToBe(base() + "/pilotvorhaben/" + reference));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Landung im Browser");
	}

	@Test
	void theLeadLandsOnTheDashboardAndFindsTheApprovalInTheirFilter() {
		String reference = demo.pilotAt("CLOSURE", "08415090", "Hohenstein", "Freigabe im Browser");

		browser.login(base(), "leitung", "demo");
		browser.waiting().until(ExpectedConditions.urlToBe(base() + "/dashboard"));
		browser.driver().get(base() + "/camunda/app/tasklist/default/");
		assertThat(activeFilter()).startsWith("Projektleitung — offen");
		card("Abschluss freigeben · " + reference);
		// what a lead may not do is not offered
		assertThat(headerActions()).doesNotContain("Prozess starten").doesNotContain("Aufgabe erstellen");
	}

	@Test
	void anExpertSeesOnlyThePagesTheyMayOpen() {
		browser.login(base(), "expertin", "demo");
		assertThat(activeFilter()).startsWith("Meine Aufgaben");
		assertThat(headerLinks()).containsExactly("Pilotvorhaben", "Reisekosten", "Handreichung");
		assertThat(headerActions()).doesNotContain("Prozess starten").doesNotContain("Aufgabe erstellen");
	}
}
