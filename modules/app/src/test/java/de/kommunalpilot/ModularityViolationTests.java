package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ImportOption;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import fixture.modulith.FixtureApplication;

/**
 * The check that {@link ModularityTests} relies on does fail: a miniature where module {@code beta}
 * uses a type from {@code alpha.internal} is rejected.
 */
class ModularityViolationTests {

	/** The miniature lives in test sources, which the module import leaves out by default. */
	private static final ImportOption INCLUDE_TEST_CLASSES = location -> true;

	@Test
	void rejectsUseOfAnotherModulesInternalType() {
		assertThatThrownBy(() -> ApplicationModules.of(FixtureApplication.class, INCLUDE_TEST_CLASSES).verify())
				.isInstanceOf(Violations.class)
				.hasMessageContaining("beta")
				.hasMessageContaining("AlphaInternals");
	}
}
