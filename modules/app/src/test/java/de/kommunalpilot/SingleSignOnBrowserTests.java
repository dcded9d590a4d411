package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser (with an English locale): one login leads into a German Tasklist that carries the
 * product name and no end-of-life banner; logging out in the webapp ends up on the login page.
 */
@IntegrationTest
class SingleSignOnBrowserTests {

	@RegisterExtension final Browser browser = new Browser();

	@LocalServerPort int port;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void coordinatorLogsInOnceAndWorksInGermanTasklist() {
		browser.driver().get(base() + "/camunda/app/tasklist/");
		browser.waiting().until(ExpectedConditions.urlToBe(base() + "/login"));

		browser.login(base(), "koordination", "demo");

		browser.waiting().until(ExpectedConditions.titleIs("Kommunalpilot Aufgaben"));
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Prozess starten"));
		String page = browser.driver().findElement(By.tagName("body")).getText();
		assertThat(page).contains("Sabine Kaiser", "Wählen Sie eine Aufgabe aus der Liste", "Angetrieben durch");
		assertThat(page).doesNotContain("Start process", "time to migrate");
		assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
				.allMatch(banner -> !banner.isDisplayed());
	}

	@Test
	void logoutInTheWebappEndsTheSessionAndShowsTheLoginPage() {
		browser.login(base(), "leitung", "demo");
		browser.waiting().until(ExpectedConditions.urlToBe(base() + "/dashboard"));
		browser.driver().get(base() + "/camunda/app/cockpit/default/");
		browser.waiting().until(ExpectedConditions.titleContains("Kommunalpilot Cockpit"));

		browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Thomas Lehmann"))).click();
		browser.waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Abmelden"))).click();

		browser.waiting().until(ExpectedConditions.urlToBe(base() + "/login"));
		browser.driver().get(base() + "/camunda/app/cockpit/default/");
		browser.waiting().until(ExpectedConditions.urlToBe(base() + "/login"));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Kommunalpilot");
	}
}
