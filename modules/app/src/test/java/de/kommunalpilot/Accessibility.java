package de.kommunalpilot;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core (WCAG 2.0/2.1, levels A and AA) on the page the browser shows: the violations by rule, with the
 * elements concerned, so a failing test says what to fix.
 */
final class Accessibility {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/** The impacts a page must not have. */
	static final Set<String> BLOCKING = Set.of("serious", "critical");

	private Accessibility() {
	}

	static List<Rule> violations(WebDriver driver) {
		Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
		if (results.isErrored()) {
			throw new AssertionError("axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
		}
		return results.getViolations();
	}

	/** The serious and critical violations of the shown page, each as „rule (impact): targets“. */
	static List<String> blocking(WebDriver driver) {
		return violations(driver).stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
				.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getNodes().stream()
						.map(node -> String.valueOf(node.getTarget())).limit(5).collect(Collectors.joining(", ")))
				.toList();
	}

	/** How many elements violate which rule, for the pages we can only partly change (the Camunda webapps). */
	static String counts(WebDriver driver) {
		return violations(driver).stream().map(rule -> rule.getId() + " (" + rule.getImpact() + ") " + rule.getNodes().size() + " "
				+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(3).collect(Collectors.joining(" ")))
				.collect(Collectors.joining(", "));
	}
}
