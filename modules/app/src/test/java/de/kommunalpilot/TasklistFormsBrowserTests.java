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

/**
 * In a real browser, in Tasklist: an expert completes „Umsetzungsplan erstellen“ with two milestones in
 * its numbered fields (the second group appears once the first has a title), and the plan arrives; the
 * expert's request and the first talk show the context their people decide on.
 */
@IntegrationTest
class TasklistFormsBrowserTests {

	@RegisterExtension final Browser browser = new Browser();

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired TaskService taskService;

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
		String reference = demo.pilotAt("PLANNING", "08416907", "Gemeinde Planungshausen", "Plan im Browser");
		String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_CreatePlan").singleResult()
				.getId();
		DateTimeFormatter german = DateTimeFormatter.ofPattern("dd.MM.yyyy");

		browser.login(base(), "expertin", "demo");
		browser.driver().get(base() + "/camunda/app/tasklist/default/#/?task=" + task);
		field("1. Meilenstein").sendKeys("Workshop mit Vereinen");
		dateField("1. Meilenstein fällig am").sendKeys(LocalDate.now().plusMonths(2).format(german), Keys.ENTER);
		field("2. Meilenstein").sendKeys("Erprobung im Quartier");
		dateField("2. Meilenstein fällig am").sendKeys(LocalDate.now().plusMonths(5).format(german), Keys.ENTER);
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
		String reference = demo.pilotAt("EXPERT_REQUESTED", "08416908", "Gemeinde Kontexthausen", "Kontext im Browser");
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
		String intake = demo.pilotAt("INTAKE", "08416909", "Gemeinde Erstgesprächhausen", "Erstgespräch im Browser");
		String talk = taskService.createTaskQuery().processInstanceBusinessKey(intake).taskDefinitionKey("Task_CaptureNeeds").singleResult()
				.getId();
		browser.login(base(), "koordination", "demo");
		browser.driver().get(base() + "/camunda/app/tasklist/default/#/?task=" + talk);
		assertThat(shown("Anfrage der Kommune")).contains("Erstgespräch im Browser");
		assertThat(shown("Ansprechperson")).isEqualTo("Frau Weber");
		assertThat(shown("E-Mail der Ansprechperson")).isEqualTo("agenda2030@08416909.example.org");
	}
}
