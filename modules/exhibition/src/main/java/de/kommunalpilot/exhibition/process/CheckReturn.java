package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Rückgabe prüfen“: back complete, or damaged (then „Schaden regulieren“). */
@Component
class CheckReturn extends LoanTask {

	CheckReturn(Exhibition exhibition) {
		super(exhibition);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(REFERENCE, MUNICIPALITY, PERIOD, KIT_NAME).accepts(
				FormField.date("returnedOn", "das Rückgabedatum").mandatory(),
				FormField.choice(RETURN_CONDITION, "den Zustand", "complete", "damaged").mandatory(),
				FormField.textarea("damageDescription", "den Schaden", Loan.DAMAGE_TEXT_MAX).mandatory().when(RETURN_CONDITION, "damaged"));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		boolean damaged = "damaged".equals(input.text(RETURN_CONDITION));
		task.setVariable(DAMAGED, damaged);
		exhibition.recordReturn(loan(task), input.date("returnedOn"), damaged, input.text("damageDescription"));
	}
}
