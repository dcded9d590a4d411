package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.GermanDates;

/**
 * In a real browser with a German locale, Tasklist's forms speak German throughout: validation messages,
 * placeholders and the date picker (German names, Monday first) in every task form that the cases reach;
 * a refusal from the server shows its German message, not a field key; and „Anfrage prüfen“ completes
 * after „ablehnen“ without a reason was refused and the decision changed to „annehmen“, leaving the next step
 * with the coordinator who accepted.
 */
@IntegrationTest
class TasklistGermanFormsBrowserTests {

	static final List<String> ENGLISH = List.of("Field is required", "Field must", "must have", "Select", "Sun", "Mon", "December",
			"January", "dd.mm.yyyy", "Value is not");

	@RegisterExtension final Browser browser = new Browser("de-DE");

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired TaskService taskService;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	JavascriptExecutor js() {
		return (JavascriptExecutor) browser.driver();
	}

	void open(String task) {
		browser.driver().get(base() + "/camunda/app/tasklist/default/#/?task=" + task);
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container")));
	}

	@Test
	void everyTaskFormTheCasesReachIsGermanThroughout() {
		demo.ensureExperts();
		List<String> pilots = new ArrayList<>();
		for (String stop : List.of("ENQUIRY", "INTAKE", "PRACTICE_SELECTION", "EXPERT_REQUESTED", "KICK_OFF", "PLANNING", "IMPLEMENTATION",
				"DOCUMENTATION", "FEEDBACK", "CLOSURE")) {
			pilots.add(demo.pilotAt(stop, "08415058", "Pfronstetten", "Formulare " + stop, "expertin"));
		}
		Api coordinator = new Api(port, "koordination");
		String meeting = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Formulartreffen")).body()).path("reference").asText();
		String loan = Api.parse(coordinator.post("/api/exhibition/loans", ExhibitionIntegrationTests.request("SET-A",
				LocalDate.now(GermanDates.ZONE).plusDays(600), LocalDate.now(GermanDates.ZONE).plusDays(605), "formulare@example.org")).body()).path("reference").asText();

		// one open task per form, worked by whom it belongs to
		Map<String, Task> byForm = new LinkedHashMap<>();
		for (String key : concat(pilots, List.of(meeting, loan))) {
			taskService.createTaskQuery().processInstanceBusinessKey(key).list().forEach(task -> byForm.putIfAbsent(task.getTaskDefinitionKey(), task));
		}
		Map<String, List<String>> found = new LinkedHashMap<>();
		String signedIn = null;
		int pickers = 0;
		for (Task task : byForm.values()) {
			String user = workerOf(task);
			if (task.getAssignee() == null) {
				taskService.claim(task.getId(), user);
			}
			if (!user.equals(signedIn)) {
				browser.driver().manage().deleteAllCookies();
				browser.login(base(), user, "demo");
				signedIn = user;
			}
			open(task.getId());
			// every field entered and left once: form-js shows its messages; every date picker opened
			for (WebElement input : browser.driver().findElements(By.cssSelector(".fjs-container input:not([readonly]), .fjs-container textarea:not([readonly])"))) {
				js().executeScript("arguments[0].focus(); arguments[0].blur();", input);
			}
			for (WebElement adornment : browser.driver().findElements(By.cssSelector(".fjs-container .fjs-input-adornment"))) {
				js().executeScript("arguments[0].click();", adornment);
			}
			browser.waiting().until(driver -> true);
			String text = (String) js().executeScript("""
					const parts = [...document.querySelectorAll('.fjs-container, .flatpickr-calendar')].map(e => e.innerText);
					const placeholders = [...document.querySelectorAll('.fjs-container [placeholder]')].map(e => e.getAttribute('placeholder'));
					return parts.concat(placeholders).join(' | ');""");
			List<String> english = ENGLISH.stream().filter(text::contains).toList();
			if (!english.isEmpty()) {
				found.put(task.getTaskDefinitionKey(), english);
			}
			Object firstWeekday = js().executeScript(
					"const day = document.querySelector('.flatpickr-weekday'); return day ? day.textContent.trim() : null;");
			if (firstWeekday != null) {
				pickers++;
				assertThat(firstWeekday).as("the week starts on Monday in " + task.getTaskDefinitionKey()).isEqualTo("Mo");
			}
		}
		System.out.printf("German forms: %d task forms opened in Tasklist, %d with a date picker (%s)%n", byForm.size(), pickers,
				byForm.keySet());
		assertThat(pickers).isPositive();
		assertThat(byForm.size()).isGreaterThanOrEqualTo(12);
		assertThat(found).as("English in the forms").isEmpty();
		for (String pilot : pilots) {
			coordinator.post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}

	@Test
	void aRefusedDeclineAndAChangedDecisionStillComplete() {
		String reference = demo.pilotAt("ENQUIRY", "08415085", "Zwiefalten", "Erst ablehnen, dann annehmen");
		String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
		taskService.claim(task, "koordination");
		browser.login(base(), "koordination", "demo");
		open(task);

		WebElement submit = browser.driver().findElement(By.xpath("//button[normalize-space()='Abschließen']"));
		js().executeScript("arguments[0].click();", browser.driver().findElement(By.xpath("//label[normalize-space()='Anfrage ablehnen']")));
		js().executeScript("arguments[0].click();", submit);
		WebElement refusal = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".page-notifications")));
		browser.waiting().until(driver -> refusal.getText().contains("Bitte eine Begründung angeben."));
		assertThat(refusal.getText()).doesNotContain("declineReason");
		// and at the field it names, below its German label
		WebElement atField = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kp-server-error")));
		assertThat(atField.getText()).isEqualTo("Bitte eine Begründung angeben.");
		assertThat(atField.findElement(By.xpath("./ancestor::div[contains(@class, 'fjs-form-field')][1]//label")).getText())
				.contains("Begründung");

		js().executeScript("arguments[0].click();", browser.driver().findElement(By.xpath("//label[normalize-space()='Anfrage annehmen']")));
		browser.waiting().until(driver -> submit.isEnabled());
		js().executeScript("arguments[0].click();", submit);
		Api coordinator = new Api(port, "koordination");
		browser.waiting().until(driver -> "INTAKE".equals(coordinator.getJson("/api/pilots/" + reference).path("phase").asText()));
		// who accepted the enquiry looks after the case: the next step is theirs at once
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getAssignee()).isEqualTo("koordination");
	}

	@Test
	void decimalsAreTypedAndShownWithAComma() {
		demo.ensureExperts();
		String reference = demo.pilotAt("IMPLEMENTATION", "08416048", "Ammerbuch", "Dezimalkomma", "expertin");
		String task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey("Task_ImplementMilestone")
				.singleResult().getId();
		browser.login(base(), "expertin", "demo");
		open(task);
		WebElement hours = browser.driver().findElement(By.xpath(
				"//label[contains(normalize-space(), 'Beratungsstunden')]/ancestor::div[contains(@class, 'fjs-form-field')][1]//input"));
		hours.sendKeys("3,5");
		browser.waiting().until(driver -> "3,5".equals(hours.getAttribute("value")));
		hours.sendKeys("7");
		browser.waiting().until(driver -> "3,57".equals(hours.getAttribute("value")));
		js().executeScript("arguments[0].blur();", hours);
		// the whole form renders anew (another field changes): the comma stays
		js().executeScript("arguments[0].click();", browser.driver().findElement(By.xpath(
				"//label[contains(normalize-space(), 'Ein Problem an die Koordination melden')]")));
		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//label[contains(normalize-space(), 'Beschreibung des Problems')]")));
		assertThat(hours.getAttribute("value")).isEqualTo("3,57");
		assertThat(js().executeScript("return arguments[0].value;", hours)).isEqualTo("3,57");
		assertThat(browser.driver().findElements(By.cssSelector(".fjs-number-arrow-up")).stream().map(b -> b.getAttribute("aria-label")))
				.containsOnly("Erhöhen");
		new Api(port, "koordination").post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
	}

	String workerOf(Task task) {
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
				.filter(java.util.Objects::nonNull).toList();
		return groups.contains("leads") ? "leitung" : "koordination";
	}

	static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}
}
