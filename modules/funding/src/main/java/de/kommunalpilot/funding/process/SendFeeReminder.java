package de.kommunalpilot.funding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.Fees;

/** „Erinnerung senden“: the expert has not confirmed the statement yet and is reminded by mail. */
@Component("sendFeeReminder")
class SendFeeReminder implements JavaDelegate {

	private final Fees fees;

	SendFeeReminder(Fees fees) {
		this.fees = fees;
	}

	@Override
	public void execute(DelegateExecution execution) {
		fees.remindToConfirm(execution.getProcessBusinessKey());
	}
}
