package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Ausleihe bestätigen“: confirm the booked kit, or decline with a reason (which frees it); who decides takes the loan. */
@Component
class ConfirmLoan extends LoanTask {

	ConfirmLoan(Exhibition exhibition) {
		super(exhibition);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(REFERENCE, MUNICIPALITY, PERIOD, KIT_NAME, VENUE, CONTACT_NAME).accepts(
				FormField.choice(DECISION, "Bestätigen oder Ablehnen", "confirm", "decline").mandatory(),
				FormField.textarea(DECLINE_REASON, "einen Grund für die Absage", Loan.TEXT_MAX).mandatory().when(DECISION, "decline"));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		exhibition.takeResponsibility(loan(task), task.userId());
		if ("confirm".equals(input.text(DECISION))) {
			exhibition.confirm(loan(task));
		}
		else {
			exhibition.decline(loan(task), input.text(DECLINE_REASON));
		}
	}
}
