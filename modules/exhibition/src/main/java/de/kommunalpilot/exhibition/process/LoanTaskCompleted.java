package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;
import static de.kommunalpilot.platform.FormFields.date;
import static de.kommunalpilot.platform.FormFields.number;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.TaskForms;

/**
 * Runs on the completion of every user task of a loan: checks the values once more and writes them to
 * the loan in the same transaction.
 */
@Component("loanTaskCompleted")
class LoanTaskCompleted implements TaskListener {

	private final TaskForms forms;
	private final Exhibition exhibition;
	private final LoanMails mails;

	LoanTaskCompleted(TaskForms forms, Exhibition exhibition, LoanMails mails) {
		this.forms = forms;
		this.exhibition = exhibition;
		this.mails = mails;
	}

	@Override
	public void notify(DelegateTask task) {
		forms.validate(PROCESS, task.getTaskDefinitionKey(), task.getVariables());
		UUID loan = UUID.fromString((String) task.getVariable(LOAN_ID));
		switch (task.getTaskDefinitionKey()) {
			case "Task_ConfirmLoan" -> {
				if ("confirm".equals(task.getVariable(DECISION))) {
					exhibition.confirm(loan);
				}
				else {
					exhibition.decline(loan, text(task, DECLINE_REASON));
				}
			}
			case "Task_ArrangeShipping" -> {
				exhibition.ship(loan, date(task.getVariable("shippedOn")), text(task, "carrier"), text(task, "trackingNumber"));
				mails.shipped(exhibition.read(loan, l -> l));
			}
			case "Task_CheckReturn" -> {
				boolean damaged = "damaged".equals(task.getVariable(RETURN_CONDITION));
				task.setVariable(DAMAGED, damaged);
				exhibition.recordReturn(loan, date(task.getVariable("returnedOn")), damaged, text(task, "damageDescription"));
			}
			case "Task_SettleDamage" -> exhibition.settleDamage(loan, text(task, "damageSettlement"),
					number(task.getVariable("damageCost")));
			default -> throw new IllegalStateException("No handler for " + task.getTaskDefinitionKey());
		}
	}

	private static String text(DelegateTask task, String name) {
		return FormValues.text(task.getVariable(name));
	}
}
