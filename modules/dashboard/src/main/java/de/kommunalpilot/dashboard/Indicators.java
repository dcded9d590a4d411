package de.kommunalpilot.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.municipalities.District;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.UserNames;

/**
 * The programme's figures for a span, the one list the dashboard's export and the funder's report (Verwendungsnachweis)
 * both give: municipalities, pilots, migrant experts, hours of advice, meetings with their registered and attending
 * participants and the organisations among them, exhibition loans, practices added, SDGs, districts, enquiries and hours
 * per month.
 */
@Service
@Transactional(readOnly = true)
public class Indicators {

	private final Dashboard dashboard;
	private final Municipalities municipalities;
	private final UserNames people;
	private final Meetings meetings;
	private final Exhibition exhibition;
	private final de.kommunalpilot.practices.Practices practices;

	Indicators(Dashboard dashboard, Municipalities municipalities, UserNames people, Meetings meetings, Exhibition exhibition,
			de.kommunalpilot.practices.Practices practices) {
		this.practices = practices;
		this.dashboard = dashboard;
		this.municipalities = municipalities;
		this.people = people;
		this.meetings = meetings;
		this.exhibition = exhibition;
	}

	/** The headline figures of the span. */
	public Headline headline(Dashboard.Range range) {
		Dashboard.Totals totals = dashboard.totals(range);
		Meetings.Held held = meetings.held(range.from(), range.until());
		LocalDate first = LocalDate.ofInstant(range.from(), GermanDates.ZONE);
		LocalDate last = LocalDate.ofInstant(range.until(), GermanDates.ZONE).minusDays(1);
		return new Headline(totals, held.meetings(), held.registered(), held.participants(), held.organisations(), exhibition.lentIn(first, last),
				practices.addedIn(range.from(), range.until()));
	}

	/** Every figure of the span, in the order the dashboard shows them: Kennzahl, Eintrag, Wert. */
	public List<Indicator> of(Dashboard.Range range) {
		return of(range, headline(range));
	}

	/** Every figure of the span, its headline already counted. */
	public List<Indicator> of(Dashboard.Range range, Headline headline) {
		List<Indicator> rows = new ArrayList<>();
		Dashboard.Totals totals = headline.totals();
		rows.add(new Indicator("Pilotvorhaben im Zeitraum", "gesamt", BigDecimal.valueOf(totals.pilots())));
		rows.add(new Indicator("Kommunen mit Pilotvorhaben", "gesamt", BigDecimal.valueOf(totals.municipalities())));
		rows.add(new Indicator("Neue Anfragen", "gesamt", BigDecimal.valueOf(totals.enquiries())));
		rows.add(new Indicator("Abgeschlossene Pilotvorhaben", "gesamt", BigDecimal.valueOf(totals.completed())));
		rows.add(new Indicator("Beratungsstunden", "gesamt", totals.hours()));
		rows.add(new Indicator("Beratende Expert*innen", "gesamt", BigDecimal.valueOf(totals.experts())));
		rows.add(new Indicator("Austauschtreffen durchgeführt", "gesamt", BigDecimal.valueOf(headline.meetings())));
		rows.add(new Indicator("Angemeldete zu Austauschtreffen", "gesamt", BigDecimal.valueOf(headline.registered())));
		rows.add(new Indicator("Teilnehmende an Austauschtreffen", "gesamt", BigDecimal.valueOf(headline.participants())));
		rows.add(new Indicator("Organisationen bei Austauschtreffen (Migrantenorganisationen, Akteure)", "gesamt",
				BigDecimal.valueOf(headline.organisations())));
		rows.add(new Indicator("Ausleihen der SDG-Ausstellung", "gesamt", BigDecimal.valueOf(headline.loans())));
		rows.add(new Indicator("Neue Best Practices im Katalog", "gesamt", BigDecimal.valueOf(headline.practicesAdded())));
		dashboard.pilotsPerPhase(range).forEach((phase, count) -> rows.add(new Indicator("Pilotvorhaben je Phase", phase.label(), BigDecimal.valueOf(count))));
		Map<String, String> labels = municipalities.districts().stream().collect(Collectors.toMap(District::key, District::label));
		dashboard.pilotsPerDistrict(range).forEach((district, count) -> rows.add(new Indicator("Pilotvorhaben je Kreis",
				labels.getOrDefault(district, district), BigDecimal.valueOf(count))));
		dashboard.pilotsPerSdg(range).forEach((sdg, count) -> rows.add(new Indicator("Pilotvorhaben je SDG", Sdg.of(sdg).label(),
				BigDecimal.valueOf(count))));
		dashboard.enquiriesPerMonth(range).forEach((month, count) -> rows.add(new Indicator("Anfragen je Monat", month.toString(),
				BigDecimal.valueOf(count))));
		dashboard.hoursPerMonth(range).forEach(row -> rows.add(new Indicator("Beratungsstunden je Monat", row.month() + " · "
				+ people.fullName(row.expertUser()), row.hours())));
		return rows;
	}

	/**
	 * The dashboard's totals with the meetings held, their registered and attending participants and the organisations
	 * among them, the exhibition's loans and the practices added to the catalogue.
	 */
	public record Headline(Dashboard.Totals totals, long meetings, long registered, long participants, long organisations, long loans,
			long practicesAdded) {
	}

	/** One figure: what is counted, for which entry, the value. */
	public record Indicator(String figure, String entry, BigDecimal value) {
	}
}
