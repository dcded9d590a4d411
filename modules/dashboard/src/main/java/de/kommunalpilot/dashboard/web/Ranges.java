package de.kommunalpilot.dashboard.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;

import de.kommunalpilot.dashboard.Dashboard;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.funding.FundingPeriod;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;

/**
 * The spans the dashboard counts in, as the URL names them ({@code ?zeitraum=}): a funding period by its reference
 * ({@code F-2026-0001}), a year ({@code 2026}), a quarter ({@code 2026-Q3}), or nothing for all time.
 */
@Component
class Ranges {

	private final Funding funding;
	private final Dashboard dashboard;

	Ranges(Funding funding, Dashboard dashboard) {
		this.funding = funding;
		this.dashboard = dashboard;
	}

	Dashboard.Range resolve(String chosen) {
		String value = chosen == null ? "" : chosen.strip();
		if (value.isEmpty()) {
			return Dashboard.Range.ALL;
		}
		if (value.matches("F-\\d{4}-\\d{4,6}")) {
			try {
				FundingPeriod period = funding.get(value);
				return Dashboard.Range.of(period.startsOn(), period.endsOn(), "Förderzeitraum " + period.reference() + " ("
						+ GermanDates.period(period.startsOn(), period.endsOn()) + ")");
			}
			catch (NoSuchElementException e) {
				throw refused();
			}
		}
		if (value.matches("(19|20)\\d{2}")) {
			Year year = Year.parse(value);
			return Dashboard.Range.of(year.atDay(1), year.atMonth(12).atEndOfMonth(), "Jahr " + value);
		}
		if (value.matches("(19|20)\\d{2}-Q[1-4]")) {
			int year = Integer.parseInt(value.substring(0, 4));
			int quarter = value.charAt(6) - '0';
			LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
			return Dashboard.Range.of(first, first.plusMonths(3).minusDays(1), quarter + ". Quartal " + year);
		}
		throw refused();
	}

	private static InvalidInputException refused() {
		return new InvalidInputException(java.util.Map.of("zeitraum",
				"Diesen Zeitraum gibt es nicht. Bitte einen Förderzeitraum, ein Jahr (2026) oder ein Quartal (2026-Q3) wählen."));
	}

	/** What the choice offers: every funding period, every year since the first pilot, the quarters of this and last year. */
	List<Choice> choices() {
		List<Choice> choices = new ArrayList<>();
		choices.add(new Choice("", "Gesamt"));
		funding.periods().forEach(period -> choices.add(new Choice(period.reference(), "Förderzeitraum " + period.title() + " ("
				+ GermanDates.period(period.startsOn(), period.endsOn()) + ")")));
		int now = Year.now(GermanDates.ZONE).getValue();
		for (int year = now; year >= Math.min(dashboard.firstYear(), now); year--) {
			choices.add(new Choice(String.valueOf(year), "Jahr " + year));
		}
		for (int year = now; year >= now - 1; year--) {
			for (int quarter = 4; quarter >= 1; quarter--) {
				choices.add(new Choice(year + "-Q" + quarter, quarter + ". Quartal " + year));
			}
		}
		return choices;
	}

	record Choice(String value, String label) {
	}
}
