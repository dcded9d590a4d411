package de.kommunalpilot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * Camunda's types stay in the adapters: {@code org.camunda} may be used only in the modules'
 * {@code process} and {@code engine} packages (and the platform's engine package), never in a domain
 * root, {@code web} or anywhere else, so a move to Operaton stays a rename of adapters.
 */
class EngineFenceTests {

	static ArchRule engineOnlyInAdapters(String root) {
		return noClasses().that().resideInAPackage(root + "..").and().resideOutsideOfPackages(root + "..process..", root + "..engine..")
				.should().dependOnClassesThat().resideInAPackage("org.camunda..")
				.because("only the process and engine adapters talk to the engine");
	}

	@Test
	void keepsTheEngineInTheAdapters() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("de.kommunalpilot");
		assertThat(classes).as("the import finds the modules' classes").hasSizeGreaterThan(150);
		engineOnlyInAdapters("de.kommunalpilot").check(classes);
	}

	@Test
	void rejectsADomainClassThatImportsTheEngine() {
		JavaClasses fixture = new ClassFileImporter().importPackages("fixture.fence");
		EvaluationResult result = engineOnlyInAdapters("fixture.fence").evaluate(fixture);
		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails()).anyMatch(line -> line.contains("LeakyAggregate"))
				.noneMatch(line -> line.contains("fixture.fence.process.Adapter"));
	}
}
