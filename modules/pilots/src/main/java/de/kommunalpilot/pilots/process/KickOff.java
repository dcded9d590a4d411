package de.kommunalpilot.pilots.process;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Auftaktgespräch durchführen“: date, participants and results, kept as a note on the pilot. */
@Component
class KickOff extends PilotTask {

	KickOff(Pilots pilots) {
		super(pilots);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(shows(ProcessVariables.EXPERT_NAME)).accepts(
				FormField.date("kickOffDate", "das Datum").mandatory(),
				FormField.text("kickOffParticipants", "die Teilnehmenden", Pilot.SHORT_TEXT_MAX).mandatory(),
				FormField.textarea("kickOffNotes", "die Ergebnisse", Pilot.NOTE_MAX).mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		pilots.addNote(task.caseReference(), task.userId(), "Auftaktgespräch am " + GermanDates.format(input.date("kickOffDate"))
				+ " mit " + input.text("kickOffParticipants") + ": " + input.text("kickOffNotes"));
	}
}
