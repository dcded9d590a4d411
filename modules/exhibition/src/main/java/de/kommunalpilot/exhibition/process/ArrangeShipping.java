package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import java.util.UUID;

import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Versand veranlassen“: when and how the kit left; the municipality gets a mail. */
@Component
class ArrangeShipping extends LoanTask {

	private final LoanMails mails;

	ArrangeShipping(Exhibition exhibition, LoanMails mails) {
		super(exhibition);
		this.mails = mails;
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(REFERENCE, MUNICIPALITY, PERIOD, KIT_NAME, DELIVERY_ADDRESS).accepts(
				FormField.date("shippedOn", "das Versanddatum").mandatory(),
				FormField.text("carrier", "den Versanddienst", Loan.SHORT_TEXT_MAX).mandatory(),
				FormField.text("trackingNumber", "die Sendungsnummer", Loan.SHORT_TEXT_MAX));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		UUID loan = loan(task);
		exhibition.ship(loan, input.date("shippedOn"), input.text("carrier"), input.text("trackingNumber"));
		mails.shipped(exhibition.read(loan, l -> l));
	}
}
