package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.platform.CaseTaskNaming;

/**
 * Every user task of a pilot carries the pilot reference and the municipality in its name and
 * description ("Anfrage prüfen · P-2026-0001 · Tübingen").
 */
@Configuration(proxyBeanMethods = false)
class PilotTaskNaming {

	@Bean
	CaseTaskNaming pilotTasks() {
		return new CaseTaskNaming(PILOT_PROCESS, "Pilotvorhaben", REFERENCE, MUNICIPALITY, TITLE);
	}

	@Bean
	CaseTaskNaming assignmentTasks() {
		return new CaseTaskNaming(ASSIGNMENT_PROCESS, "Pilotvorhaben", REFERENCE, MUNICIPALITY, TITLE);
	}
}
