package de.kommunalpilot.exhibition;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.CalendarEntries;
import de.kommunalpilot.platform.Calendars;
import de.kommunalpilot.platform.Roles;
import de.kommunalpilot.platform.GermanDates;

/** Staff see the loan periods of the exhibition that are booked (reserved to returned), from a month ago on. */
@Component
class LoanCalendarEntries implements CalendarEntries {

	private static final Set<LoanStatus> BOOKED = Set.of(LoanStatus.RESERVED, LoanStatus.CONFIRMED, LoanStatus.SHIPPED,
			LoanStatus.RETURNED);

	private final Exhibition exhibition;

	LoanCalendarEntries(Exhibition exhibition) {
		this.exhibition = exhibition;
	}

	@Override
	public List<Calendars.Event> entriesFor(String userId, Set<String> groups) {
		if (!Roles.isStaff(groups)) {
			return List.of();
		}
		LocalDate since = LocalDate.now(GermanDates.ZONE).minusDays(30);
		return exhibition.search(BOOKED, Pageable.ofSize(500), loan -> loan).stream().filter(loan -> !loan.requestedUntil().isBefore(since))
				.map(Loan::calendarEvent)
				.toList();
	}
}
