package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

/**
 * The module structure holds: every Maven module is one application module, and no module reaches
 * into another's internals. Also writes the module diagrams (C4/PlantUML) to
 * {@code target/spring-modulith-docs}.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(KommunalpilotApplication.class);

	@Test
	void verifiesModularStructure() {
		modules.verify();
	}

	@Test
	void findsEveryModuleOfTheLayout() {
		assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
				.containsExactlyInAnyOrder("platform", "identity", "municipalities", "experts", "practices", "pilots",
						"meetings", "exhibition", "documents", "dashboard", "funding");
	}

	@Test
	void writesDocumentation() {
		DiagramOptions options = DiagramOptions.defaults()
				.withElementsWithoutRelationships(DiagramOptions.ElementsWithoutRelationships.VISIBLE);
		new Documenter(modules)
				.writeModulesAsPlantUml(options)
				.writeIndividualModulesAsPlantUml(options)
				.writeModuleCanvases();
	}
}
