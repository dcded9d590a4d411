package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Schaden regulieren“: how the damage was settled and what it cost. */
@Component
class SettleDamage extends LoanTask {

	SettleDamage(Exhibition exhibition) {
		super(exhibition);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows(REFERENCE, MUNICIPALITY, PERIOD, "damageDescription").accepts(
				FormField.textarea("damageSettlement", "die Regulierung", Loan.DAMAGE_TEXT_MAX).mandatory(),
				FormField.number("damageCost", "die Kosten", BigDecimal.ZERO, Loan.MAX_DAMAGE_COST));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		exhibition.settleDamage(loan(task), input.text("damageSettlement"), input.number("damageCost"));
	}
}
