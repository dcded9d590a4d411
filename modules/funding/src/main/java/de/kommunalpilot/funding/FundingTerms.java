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
 * needs a second lead's approval; the expert confirms a statement within {@code feeConfirmDays} and is reminded after
 * {@code feeConfirmReminderDays}. Travel: the rates of the Landesreisekostengesetz Baden-Württemberg as they change
 * ({@code travel.rates}, each with the day it applies from), the deadline after a trip within which a claim is due
 * ({@code travel.claimDeadlineMonths}; LRKG: six months — a later claim is flagged) and the line travel is booked on.
 */
@ConfigurationProperties("kommunalpilot.funding")
public record FundingTerms(List<Line> lines, MonthDay interimReportDue, Integer finalReportMonths, List<Integer> reminderDays,
		BigDecimal maximumAmount, BigDecimal feeDayHours, BigDecimal secondApprovalAbove, String feeLine, Travel travel,
		Integer feeConfirmDays, Integer feeConfirmReminderDays) {

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
		travel = travel == null ? new Travel(null, null, null) : travel;
		feeConfirmDays = feeConfirmDays == null ? 14 : feeConfirmDays;
		feeConfirmReminderDays = feeConfirmReminderDays == null ? 7 : feeConfirmReminderDays;
	}

	/** The line with this code, if the plan knows it. */
	public Optional<Line> line(String code) {
		return lines.stream().filter(line -> line.code().equals(code)).findFirst();
	}

	/** Travel costs: the line they are booked on, the claim deadline, and the rates by the day they apply from. */
	public record Travel(String line, Integer claimDeadlineMonths, List<Rates> rates) {

		public Travel {
			line = line == null ? "REISEKOSTEN" : line;
			claimDeadlineMonths = claimDeadlineMonths == null ? 6 : claimDeadlineMonths;
			// LRKG BW (2022): 30 ct per km by private car (§ 5 Abs. 1); Tagegeld (§ 6) 6 EUR above 8 hours' absence, 12 EUR
			// above 14, 24 EUR for a full day — set them in the configuration when the law changes, with the day they apply from
			rates = rates == null || rates.isEmpty()
					? List.of(new Rates(java.time.LocalDate.of(2022, 1, 1), new BigDecimal("0.30"), new BigDecimal("6.00"), new BigDecimal("12.00"),
							new BigDecimal("24.00")))
					: rates.stream().sorted(java.util.Comparator.comparing(Rates::validFrom)).toList();
		}

		/** The rates that apply on a day: the newest set valid from that day or before; none before the first set. */
		public Optional<Rates> ratesOn(java.time.LocalDate day) {
			return rates.stream().filter(set -> !set.validFrom().isAfter(day)).reduce((older, newer) -> newer);
		}
	}

	/** One set of travel rates and the day it applies from. */
	public record Rates(java.time.LocalDate validFrom, BigDecimal perKilometre, BigDecimal perDiemOver8Hours, BigDecimal perDiemOver14Hours,
			BigDecimal perDiemFullDay) {

		/** The Tagegeld for a day away for so many hours. */
		public BigDecimal perDiem(BigDecimal absenceHours) {
			if (absenceHours == null || absenceHours.compareTo(new BigDecimal(8)) <= 0) {
				return BigDecimal.ZERO.setScale(2);
			}
			if (absenceHours.compareTo(new BigDecimal(24)) >= 0) {
				return perDiemFullDay;
			}
			return absenceHours.compareTo(new BigDecimal(14)) > 0 ? perDiemOver14Hours : perDiemOver8Hours;
		}
	}

	/** A budget line of the financing plan (Finanzierungsplan): a stable code and its German label. */
	public record Line(String code, String label) {
	}
}
