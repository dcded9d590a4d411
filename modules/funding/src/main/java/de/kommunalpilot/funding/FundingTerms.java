package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The terms of the grant the programme works under, set by the operator ({@code kommunalpilot.funding.*}) — the one
 * home of the financing plan's budget lines and of the reporting deadlines: a Zwischennachweis for each calendar year
 * of a period that does not end it, due on {@code interimReportDue} of the following year (FEB: 28 February), and the
 * Verwendungsnachweis {@code finalReportMonths} after the period's end (ANBest-P Nr. 6: four months); leads are
 * reminded {@code reminderDays} before each. Fees: a consultation's hours are valued with the expert's daily fee at
 * {@code feeDayHours} hours a day and booked on {@code feeLine}; a fee statement above {@code secondApprovalAbove}
 * needs a second lead's approval.
 */
@ConfigurationProperties("kommunalpilot.funding")
public record FundingTerms(List<Line> lines, MonthDay interimReportDue, Integer finalReportMonths, List<Integer> reminderDays,
		BigDecimal maximumAmount, BigDecimal feeDayHours, BigDecimal secondApprovalAbove, String feeLine) {

	public FundingTerms {
		lines = lines == null || lines.isEmpty() ? List.of(new Line("HONORARE", "Honorare"), new Line("REISEKOSTEN", "Reisekosten"),
				new Line("VERANSTALTUNGEN", "Veranstaltungen"), new Line("AUSSTELLUNG", "Ausstellung"), new Line("SACHKOSTEN", "Sachkosten"),
				new Line("PERSONAL", "Personal")) : List.copyOf(lines);
		interimReportDue = interimReportDue == null ? MonthDay.of(2, 28) : interimReportDue;
		finalReportMonths = finalReportMonths == null ? 4 : finalReportMonths;
		reminderDays = reminderDays == null || reminderDays.isEmpty() ? List.of(30, 7) : List.copyOf(reminderDays);
		maximumAmount = maximumAmount == null ? new BigDecimal("10000000.00") : maximumAmount;
		feeDayHours = feeDayHours == null ? new BigDecimal("8") : feeDayHours;
		secondApprovalAbove = secondApprovalAbove == null ? new BigDecimal("2500.00") : secondApprovalAbove;
		feeLine = feeLine == null ? "HONORARE" : feeLine;
	}

	/** The line with this code, if the plan knows it. */
	public Optional<Line> line(String code) {
		return lines.stream().filter(line -> line.code().equals(code)).findFirst();
	}

	/** A budget line of the financing plan (Finanzierungsplan): a stable code and its German label. */
	public record Line(String code, String label) {
	}
}
