package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import de.kommunalpilot.platform.GermanDates;

/**
 * In a real browser, without a login: a municipality sends a pilot enquiry and requests the travelling
 * exhibition; a form with mistakes comes back with messages at the fields, the corrected one with a
 * German confirmation; the coordinator then finds the loan in the occupancy calendar.
 */
@IntegrationTest
class PublicPagesBrowserTests {

	@RegisterExtension final Browser browser = new Browser();

	@LocalServerPort int port;
	@Autowired JdbcTemplate jdbc;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	void type(String id, String text) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	/** Types into the picker, waits for the option and takes it with the keyboard. */
	void pick(String id, String typed, String option) {
		WebElement field = browser.driver().findElement(By.id(id));
		field.clear();
		field.sendKeys(typed);
		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#municipality-options .kp-option"), option));
		assertThat(field.getAttribute("aria-expanded")).isEqualTo("true");
		field.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
		field.sendKeys(org.openqa.selenium.Keys.ENTER);
		browser.waiting().until(driver -> option.equals(field.getAttribute("value")));
	}

	void submit() {
		browser.click(browser.driver().findElement(By.cssSelector("main form button[type=submit]")));
	}

	@Test
	void aMunicipalitySendsAPilotEnquiry() {
		browser.driver().get(base() + "/oeffentlich/anfrage");
		assertThat(browser.driver().getTitle()).contains("Pilotvorhaben anfragen");
		// a name typed anew clears the key of an earlier pick, so the wrong key comes last here
		type("municipalityName", "Nehren");
		type("ags", "0841");
		submit();

		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ags.is-invalid")));
		assertThat(browser.driver().findElement(By.cssSelector("#ags ~ .invalid-feedback")).getText()).contains("Amtliche Gemeindeschlüssel");
		assertThat(browser.driver().findElement(By.id("municipalityName")).getAttribute("value")).isEqualTo("Nehren");
		assertThat(browser.driver().findElement(By.id("consent")).getAttribute("class")).contains("is-invalid");

		// the picker: typing shows the register's suggestions, the arrow keys and Enter take one and fill in its key
		browser.driver().findElement(By.id("ags")).clear();
		pick("municipalityName", "Nehr", "Nehren");
		assertThat(browser.driver().findElement(By.id("ags")).getAttribute("value")).isEqualTo("08416026");
		type("title", "Eine-Welt-Tage mit der Diaspora");
		type("enquiry", "Wir möchten gemeinsam mit migrantischen Vereinen Eine-Welt-Tage gestalten.");
		type("contactName", "Frau Kaya");
		type("contactEmail", "kaya@browserhausen.example.org");
		browser.click(browser.driver().findElement(By.id("consent")));
		submit();

		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Vielen Dank für Ihre Anfrage"));
		String reference = jdbc.queryForObject("select reference from pilot_pilot where contact_email = 'kaya@browserhausen.example.org'",
				String.class);
		assertThat(browser.driver().getPageSource()).contains(reference);
		assertThat(new Api(port, "koordination").getJson("/api/pilots/" + reference).path("phase").asText()).isEqualTo("ENQUIRY");
	}

	@Test
	void aMunicipalityRequestsTheExhibitionAndTheCoordinatorSeesItInTheCalendar() {
		LocalDate from = LocalDate.now(GermanDates.ZONE).plusDays(250);
		browser.driver().get(base() + "/oeffentlich/ausstellung");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Wanderausstellung");
		pick("municipalityName", "72138", "Kirchentellinsfurt");
		setDate("from", LocalDate.now(GermanDates.ZONE).plusDays(1));
		setDate("until", LocalDate.now(GermanDates.ZONE).plusDays(3));
		submit();

		browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#from.is-invalid")));
		assertThat(browser.driver().findElement(By.cssSelector("#from ~ .invalid-feedback")).getText()).contains("frühestens");
		assertThat(browser.driver().findElement(By.cssSelector("#venue ~ .invalid-feedback")).getText()).contains("Ausstellungsort");

		setDate("from", from);
		setDate("until", from.plusDays(13));
		new Select(browser.driver().findElement(By.id("kitCode"))).selectByVisibleText("Kompaktset (6 Tafeln)");
		type("venue", "Bürgersaal im Rathaus");
		type("deliveryAddress", "Rathausplatz 1\n72000 Ausstellungsdorf");
		type("contactName", "Herr Nguyen");
		type("contactEmail", "nguyen@ausstellungsdorf.example.org");
		browser.click(browser.driver().findElement(By.id("consent")));
		submit();

		browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Vielen Dank für Ihre Anfrage"));
		assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Kompaktset", "reserviert");
		String reference = jdbc.queryForObject("select reference from exhibition_loan where contact_email = 'nguyen@ausstellungsdorf.example.org'",
				String.class);

		browser.login(base(), "koordination", "demo");
		browser.driver().get(base() + "/ausstellung?monat=" + from.toString().substring(0, 7));
		WebElement loanDay = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("td.kp-loan[title^='" + reference + "']")));
		assertThat(browser.driver().findElements(By.cssSelector("td.kp-buffer[title^='" + reference + "']"))).isNotEmpty();
		browser.click(loanDay.findElement(By.tagName("a")));
		browser.waiting().until(ExpectedConditions.titleContains(reference));
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Reserviert");
		browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
	}

	/** Date inputs take their value as ISO date; typing depends on the browser's locale. */
	void setDate(String id, LocalDate date) {
		((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
	}
}
