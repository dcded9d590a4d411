package de.kommunalpilot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests, a fresh profile per test; a screenshot of the page goes to
 * {@code target/browser-screenshots} when a test fails, and a test fails when a page's
 * Content-Security-Policy refused anything while it ran. Use as {@code @RegisterExtension}.
 */
final class Browser implements BeforeEachCallback, AfterEachCallback {

	private final String language;
	private WebDriver driver;
	private Path profile;

	/** A browser set to American English, as most browser tests assume nothing about the language. */
	Browser() {
		this("en-US");
	}

	/** A browser in the given language ({@code de-DE}): its interface, Accept-Language and {@code navigator.language}. */
	Browser(String language) {
		this.language = language;
	}

	WebDriver driver() {
		return driver;
	}

	WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(20));
	}

	/** Scrolls the element into view and clicks it, past fixed headers and footers. */
	void click(WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException e) {
			// Tasklist's fixed footer covers the bottom of the form pane: click the element itself
			((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		}
	}

	void login(String baseUrl, String user, String password) {
		driver.get(baseUrl + "/login");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
		waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		profile = Files.createTempDirectory("kommunalpilot-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=" + language, "--window-size=1280,900", "--user-data-dir=" + profile);
		// the console shows what a Content-Security-Policy refused; afterEach fails the test on it
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		driver = new ChromeDriver(options);
	}

	/** What the pages' policies refused while the test ran (the console's CSP messages). */
	List<String> policyViolations() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
				.filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
				.toList();
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		try {
			context.getExecutionException().ifPresent(failure -> screenshot(context, failure));
			if (context.getExecutionException().isEmpty() && driver != null) {
				List<String> refused = policyViolations();
				if (!refused.isEmpty()) {
					throw new AssertionError("The Content-Security-Policy refused something on a page: " + refused);
				}
			}
		}
		finally {
			quit();
		}
	}

	private void screenshot(ExtensionContext context, Throwable failure) {
		if (driver instanceof ChromeDriver chrome) {
			try {
				Path folder = Files.createDirectories(Path.of("target", "browser-screenshots"));
				String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
				Files.write(folder.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
				Files.writeString(folder.resolve(name + ".log"), diagnosis(chrome));
			}
			catch (IOException | RuntimeException e) {
				failure.addSuppressed(e);
			}
		}
	}

	/**
	 * What a failed page looked like from the inside: its address and state, the console, and every resource
	 * it asked for with its status and time (a script that never answered shows with no end).
	 */
	private static String diagnosis(ChromeDriver chrome) {
		StringBuilder text = new StringBuilder("url: ").append(chrome.getCurrentUrl()).append('\n');
		try {
			text.append("state: ").append(chrome.executeScript("return document.readyState")).append('\n');
			text.append("resources:\n").append(chrome.executeScript(
					"return performance.getEntriesByType('resource').map(e => Math.round(e.startTime) + ' +'"
							+ " + Math.round(e.duration) + 'ms ' + (e.responseStatus || '') + ' ' + e.name).join('\\n')"))
					.append('\n');
		}
		catch (RuntimeException e) {
			text.append("script failed: ").append(e.getMessage()).append('\n');
		}
		text.append("console:\n");
		chrome.manage().logs().get(LogType.BROWSER).getAll()
				.forEach(entry -> text.append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n'));
		// the server runs in this JVM: what its request threads were doing at that moment
		text.append("server threads:\n");
		Thread.getAllStackTraces().forEach((thread, stack) -> {
			if (thread.getName().contains("http-nio") && stack.length > 0
					&& java.util.Arrays.stream(stack).anyMatch(frame -> frame.getClassName().startsWith("de.kommunalpilot")
							|| frame.getClassName().startsWith("org.camunda") || frame.getClassName().contains("jdbc"))) {
				text.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
				java.util.Arrays.stream(stack).limit(60).forEach(frame -> text.append("    ").append(frame).append('\n'));
			}
		});
		return text.toString();
	}

	private void quit() throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(java.io.File::delete);
			}
		}
	}
}
