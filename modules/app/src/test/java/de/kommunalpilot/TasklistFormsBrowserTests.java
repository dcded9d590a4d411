package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * In a real browser, in Tasklist: an expert completes „Umsetzungsplan erstellen“ with two milestones in
 * its numbered fields (the second group appears once the first has a title), and the plan arrives; the
 * expert's request and the first talk show the context their people decide on; a coordinator starts a pilot
 * with the municipality picked from the register (keyboard only), and a hand-typed key of another municipality
 * is refused at the field.
 */
@IntegrationTest
class TasklistFormsBrowserTests {

	@RegisterExtension final Browser browser = new Browser();

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired TaskService taskService;
	@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	WebElement field(String label) {
		WebElement element = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//label[starts-with(normalize-space(.), '" + label + "') and not(contains(., 'fällig'))]")));
		return browser.driver().findElement(By.id(element.getAttribute("for")));
	}

	WebElement dateField(String label) {
		WebElement element = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//label[starts-with(normalize-space(.), '" + label + "')]")));
		return browser.driver().findElement(By.id(element.getAttribute("for")));
	}

	@Test
	void anExpertCompletesThePlanWithMilestonesInTasklist() {
		String reference = demo.pilotAt("PLANNING", "08415091", "Sonnenbühl", "Plan im Browser");
		String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_CreatePlan").singleResult()
				.getId();
		DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy");

		browser.login(base(), "expertin", "demo");
		browser.driver().get(base() + "/camunda/app/tasklist/default/#/?task=" + task);
		field("1. Meilenstein").sendKeys("Workshop mit Vereinen");
		dateField("1. Meilenstein fällig am").sendKeys(LocalDate.now(GermanDates.ZONE).plusMonths(2).format(german), Keys.ENTER);
		field("2. Meilenstein").sendKeys("Erprobung im Quartier");
		dateField("2. Meilenstein fällig am").sendKeys(LocalDate.now(GermanDates.ZONE).plusMonths(5).format(german), Keys.ENTER);
		browser.click(browser.driver().findElement(By.xpath("//button[normalize-space()='Abschließen']")));

		Api coordinator = new Api(port, "koordination");
		browser.waiting().until(driver -> coordinator.getJson("/api/pilots/" + reference).path("milestones").size() == 2);
		assertThat(coordinator.getJson("/api/pilots/" + reference).path("milestones").findValuesAsText("title"))
				.containsExactly("Workshop mit Vereinen", "Erprobung im Quartier");
	}

	/** The value of a read-only field of the form, by its label. */
	String shown(String label) {
		WebElement element = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
				"//label[normalize-space(.)='" + label + "']")));
		WebElement input = browser.driver().findElement(By.id(element.getAttribute("for")));
		browser.waiting().until(driver -> !input.getAttribute("value").isBlank());
		return input.getAttribute("value");
	}

	@Test
	void theExpertsRequestShowsWhatTheyDecideOn() {
		String reference = demo.pilotAt("EXPERT_REQUESTED", "08415092", "Lichtenstein", "Kontext im Browser");
		String request = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_AnswerRequest")
				.singleResult().getId();
		browser.login(base(), "expertin", "demo");
		browser.driver().get(base() + "/camunda/app/tasklist/default/#/?task=" + request);
		assertThat(shown("Vorhaben")).isEqualTo("Kontext im Browser");
		assertThat(shown("Bedarf der Kommune")).isNotEqualTo("–");
		assertThat(shown("Best Practice")).startsWith("BP-");
		assertThat(shown("SDGs")).contains("10");
		assertThat(shown("Zeitraum")).matches("\\d{2}\\.\\d{2}\\.\\d{4} – \\d{2}\\.\\d{2}\\.\\d{4}");
	}

	@Test
	void theFirstTalkShowsTheEnquiryAndItsContact() {
		String intake = demo.pilotAt("INTAKE", "08415089", "Engstingen", "Erstgespräch im Browser");
		String talk = taskService.createTaskQuery().processInstanceBusinessKey(intake).taskDefinitionKey("Task_CaptureNeeds").singleResult()
				.getId();
		browser.login(base(), "koordination", "demo");
		browser.driver().get(base() + "/camunda/app/tasklist/default/#/?task=" + talk);
		assertThat(shown("Anfrage der Kommune")).contains("Erstgespräch im Browser");
		assertThat(shown("Ansprechperson")).isEqualTo("Frau Weber");
		assertThat(shown("E-Mail der Ansprechperson")).isEqualTo("agenda2030@08415089.example.org");
	}

	@Test
	void aCoordinatorStartsAPilotWithTheMunicipalityPickedFromTheRegister() {
		browser.login(base(), "koordination", "demo");
		browser.driver().get(base() + "/camunda/app/tasklist/default/");
		// Tasklist's first load in a new browser (its scripts, the user's filters and plugins) may take a while on a busy machine
		browser.click(new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
				.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Prozess starten')]"))));
		browser.click(browser.waiting().until(ExpectedConditions.elementToBeClickable(
				By.xpath("//div[contains(@class, 'modal')]//a[normalize-space()='Pilotvorhaben']"))));

		WebElement name = field("Name der Kommune");
		name.sendKeys("72144"); // Dußlingen's postcode
		WebElement option = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//ul[@role='listbox']/li[@role='option'][contains(., 'Dußlingen')]")));
		assertThat(name.getAttribute("role")).isEqualTo("combobox");
		assertThat(name.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(option.getText()).contains("Landkreis Tübingen", "08416011");
		assertThat(Accessibility.blocking(browser.driver())).as("the open picker").isEmpty();
		name.click(); // the scan may have taken the focus: the arrow opens the suggestions again, at the first
		name.sendKeys(Keys.ARROW_DOWN);
		assertThat(browser.driver().findElement(By.id(name.getAttribute("aria-activedescendant"))).getText()).contains("Dußlingen");
		name.sendKeys(Keys.ENTER);
		WebElement key = field("Amtlicher Gemeindeschlüssel");
		browser.waiting().until(driver -> "08416011".equals(key.getAttribute("value")));
		assertThat(name.getAttribute("value")).isEqualTo("Dußlingen");
		assertThat(name.getAttribute("aria-expanded")).isEqualTo("false");

		field("Titel des Vorhabens").sendKeys("Aus dem Verzeichnis gewählt");
		field("Anfrage").sendKeys("Ein Anruf aus dem Rathaus.");
		key.sendKeys(Keys.chord(Keys.CONTROL, "a"), "08416036");
		WebElement start = browser.driver().findElement(By.xpath("//button[normalize-space()='Start']"));
		browser.click(start);
		WebElement refusal = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kp-server-error")));
		assertThat(refusal.getText()).contains("gehört zu „Stadt Rottenburg am Neckar“");

		key.sendKeys(Keys.chord(Keys.CONTROL, "a"), "08416011");
		browser.click(start);
		Api coordinator = new Api(port, "koordination");
		browser.waiting().until(driver -> coordinator.getJson("/api/pilots?size=200").path("content").findValuesAsText("title")
				.contains("Aus dem Verzeichnis gewählt"));
		assertThat(jdbc.queryForObject("""
				select m.ags from pilot_pilot p join municipality_municipality m on m.id = p.municipality_id where p.title = ?""",
				String.class, "Aus dem Verzeichnis gewählt")).isEqualTo("08416011");
	}
}
