package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser: the coordinator finds a pilot in the list, opens its page, follows the link into
 * Tasklist and completes the task there with its Camunda Form; an expert gets 403 for a pilot that is
 * not theirs.
 */
@IntegrationTest
class CasePagesBrowserTests {

	@RegisterExtension final Browser browser = new Browser();

	@LocalServerPort int port;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void coordinatorFindsAPilotAndCompletesItsTaskInTasklist() {
		Api coordinator = new Api(port, "koordination");
		String reference = Api.parse(coordinator.post("/api/pilots", Map.of("ags", "08421000", "municipalityName",
				"Stadt Ulm", "title", "Browser-Test Ulm", "enquiry", "Bitte um Beratung")).body()).path("reference").asText();

		browser.login(base(), "koordination", "demo");
		browser.driver().get(base() + "/pilotvorhaben");
		WebElement search = browser.waiting().until(ExpectedConditions.elementToBeClickable(By.id("filter-q")));
		search.sendKeys(reference);
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "1 Pilotvorhaben"));
		assertThat(browser.driver().getCurrentUrl()).contains("q=" + reference);

		browser.driver().findElement(By.linkText(reference)).click();
		browser.waiting().until(ExpectedConditions.titleContains(reference));
		assertThat(browser.driver().findElement(By.id("phase-label")).getText()).isEqualTo("Anfrage");
		browser.waiting().until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-rendered", "true"));
		assertThat(browser.driver().findElements(By.cssSelector("#diagram .kp-active"))).isNotEmpty();

		browser.driver().findElement(By.cssSelector("a.task-link")).click();
		browser.waiting().until(ExpectedConditions.titleContains("Kommunalpilot Aufgaben"));
		browser.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim"))).click();
		browser.click(browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//label[contains(., 'Anfrage annehmen')]"))));
		browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Abschließen']")));

		browser.waiting().until(driver -> coordinator.get("/api/tasks?reference=" + reference).body().contains("Task_CaptureNeeds")
				&& coordinator.getJson("/api/pilots/" + reference).path("phase").asText().equals("INTAKE"));
	}

	@Test
	void expertGetsForbiddenForAnotherExpertsPilot() {
		Api coordinator = new Api(port, "koordination");
		String reference = Api.parse(coordinator.post("/api/pilots", Map.of("ags", "08421000", "municipalityName",
				"Stadt Ulm", "title", "Fremdes Vorhaben", "enquiry", "Text")).body()).path("reference").asText();

		browser.login(base(), "experte", "demo");
		browser.driver().get(base() + "/pilotvorhaben/" + reference);

		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Kein Zugriff");
		browser.driver().get(base() + "/pilotvorhaben");
		assertThat(browser.driver().getPageSource()).doesNotContain("/pilotvorhaben/" + reference);
	}

	@Test
	void leadSeesTheDashboardAndExpertsDoNot() {
		browser.login(base(), "leitung", "demo");
		browser.driver().get(base() + "/pilotvorhaben");
		browser.driver().findElement(By.linkText("Dashboard")).click();

		browser.waiting().until(ExpectedConditions.titleContains("Dashboard"));
		for (String section : new String[] { "phasen", "kreise", "anfragen", "sdgs", "ueberfaellig", "durchlaufzeiten", "stunden" }) {
			assertThat(browser.driver().findElement(By.id(section)).isDisplayed()).as(section).isTrue();
		}
		assertThat(browser.driver().findElements(By.cssSelector("#phasen svg a"))).hasSize(13);

		browser.driver().manage().deleteAllCookies();
		browser.login(base(), "expertin", "demo");
		browser.driver().get(base() + "/dashboard");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Kein Zugriff");
	}
}
