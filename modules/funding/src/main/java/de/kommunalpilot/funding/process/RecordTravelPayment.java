package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.TravelVariables.*;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Reisekosten angewiesen“: the day and reference of the transfer; the booked claim is paid. */
@Component
class RecordTravelPayment extends TravelTask {

	RecordTravelPayment(TravelClaims claims) {
		super(claims);
	}

	@Override
	public TaskForm form() {
		return shows().accepts(FormField.date(PAID_ON, "das Datum der Zahlung").mandatory(),
				FormField.text(PAYMENT_REFERENCE, "das Zeichen der Zahlung", 100).mandatory());
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		claims.pay(task.caseReference(), input.date(PAID_ON), input.text(PAYMENT_REFERENCE), task.userId());
	}
}
