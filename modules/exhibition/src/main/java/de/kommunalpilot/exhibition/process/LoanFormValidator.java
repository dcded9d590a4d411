package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;
import static de.kommunalpilot.platform.FormFields.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.InvalidInputException.Collector;
import de.kommunalpilot.platform.TaskFormValidator;

/**
 * The server-side rules of the loan's forms (Tasklist checks them in the browser only).
 */
@Component
class LoanFormValidator implements TaskFormValidator {

	@Override
	public boolean supports(String processDefinitionKey) {
		return PROCESS.equals(processDefinitionKey);
	}

	@Override
	public void validate(String task, Map<String, Object> v, Collector violations) {
		switch (task) {
			case "Task_ConfirmLoan" -> {
				oneOf(violations, DECISION, v.get(DECISION), List.of("confirm", "decline"), "Bitte bestätigen oder ablehnen.");
				if ("decline".equals(v.get(DECISION))) {
					requiredText(violations, DECLINE_REASON, v.get(DECLINE_REASON), 2000, "einen Grund für die Absage");
				}
			}
			case "Task_ArrangeShipping" -> {
				requiredDate(violations, "shippedOn", v.get("shippedOn"), "das Versanddatum");
				LocalDate shipped = date(v.get("shippedOn"));
				violations.check(shipped == null || !shipped.isAfter(LocalDate.now()), "shippedOn",
						"Das Versanddatum darf nicht in der Zukunft liegen.");
				requiredText(violations, "carrier", v.get("carrier"), 200, "den Versanddienst");
				optionalText(violations, "trackingNumber", v.get("trackingNumber"), 200);
			}
			case "Task_CheckReturn" -> {
				requiredDate(violations, "returnedOn", v.get("returnedOn"), "das Rückgabedatum");
				oneOf(violations, RETURN_CONDITION, v.get(RETURN_CONDITION), List.of("complete", "damaged"),
						"Bitte angeben, ob die Ausstellung vollständig und unbeschädigt zurückkam.");
				if ("damaged".equals(v.get(RETURN_CONDITION))) {
					requiredText(violations, "damageDescription", v.get("damageDescription"), 4000, "den Schaden");
				}
			}
			case "Task_SettleDamage" -> {
				requiredText(violations, "damageSettlement", v.get("damageSettlement"), 4000, "die Regulierung");
				numberBetween(violations, "damageCost", v.get("damageCost"), BigDecimal.ZERO, BigDecimal.valueOf(100_000), false,
						"Die Kosten liegen zwischen 0 und 100.000 EUR.");
			}
			default -> {
			}
		}
	}
}
