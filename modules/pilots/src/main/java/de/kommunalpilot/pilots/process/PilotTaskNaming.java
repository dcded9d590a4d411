package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.pilots.Fields;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.platform.CaseTaskNaming;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.StartForm;
import de.kommunalpilot.platform.TaskForm;

/**
 * The enquiry start form's fields; every user task of a pilot carries the pilot reference and the municipality in its name and
 * description ("Anfrage prüfen · P-2026-0001 · Tübingen").
 */
@Configuration(proxyBeanMethods = false)
class PilotTaskNaming {

	@Bean
	CaseTaskNaming pilotTasks() {
		return new CaseTaskNaming(PILOT_PROCESS, "Pilotvorhaben", REFERENCE, MUNICIPALITY, TITLE, "/pilotvorhaben/{reference}");
	}

	/**
	 * „Prozess starten“ → „Pilotvorhaben“ in Tasklist: the enquiry, nothing else (the server writes the pilot's id). The
	 * municipality is picked from the register (kommunalpilot/municipality-picker.js); the key follows from the pick, and
	 * {@link de.kommunalpilot.pilots.Pilots#check} refuses a name or key that fits no entry.
	 */
	@Bean
	StartForm enquiryStartForm() {
		return new StartForm(PILOT_PROCESS, TaskForm.accepting(
				FormField.text(MUNICIPALITY, "den Namen der Kommune", Fields.NAME_MAX).mandatory(),
				FormField.text("ags", "den Amtlichen Gemeindeschlüssel", 8),
				FormField.text(TITLE, "einen Titel", Fields.NAME_MAX).mandatory(),
				FormField.textarea("enquiry", "die Anfrage", Pilot.NEEDS_MAX).mandatory(),
				FormField.text("contactName", "den Namen", Fields.NAME_MAX),
				FormField.text("contactEmail", "die E-Mail-Adresse", Fields.EMAIL_MAX)));
	}

	@Bean
	CaseTaskNaming assignmentTasks() {
		return new CaseTaskNaming(ASSIGNMENT_PROCESS, "Pilotvorhaben", REFERENCE, MUNICIPALITY, TITLE, "/pilotvorhaben/{reference}");
	}
}
