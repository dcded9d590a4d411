package de.kommunalpilot.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.GermanDates;

/** The meeting's own rules, without Spring or a database. */
class ExchangeMeetingRulesTests {

	static Meetings.Plan plan(LocalDate date, String start, String end, String place, String link, Integer capacity) {
		return new Meetings.Plan("Austauschtreffen", null, "1. Begrüßung", date, LocalTime.parse(start), LocalTime.parse(end), place, link,
				capacity, false, false, List.of());
	}

	@Test
	void plansAMeetingInTheFutureWithAPlaceAndSeats() {
		ExchangeMeeting meeting = new ExchangeMeeting("T-2026-0001", "Austauschtreffen", "koordination");
		meeting.plan(plan(LocalDate.now(GermanDates.ZONE).plusDays(10), "10:00", "16:00", "Stuttgart", null, 30));
		assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNING);
		assertThat(meeting.startsAt()).isBefore(meeting.endsAt());
		assertThat(meeting.capacity()).isEqualTo(30);
	}

	@Test
	void refusesAnEndBeforeTheStartNoPlaceAPlainLinkAndNoSeats() {
		ExchangeMeeting meeting = new ExchangeMeeting("T-2026-0002", "Austauschtreffen", "koordination");
		assertThatThrownBy(() -> meeting.plan(plan(LocalDate.now(GermanDates.ZONE).plusDays(10), "16:00", "10:00", null, "http://x.example.org", 0)))
				.isInstanceOfSatisfying(InvalidInputException.class,
						problem -> assertThat(problem.errors()).containsKeys("endTime", "onlineLink", "capacity"));
		assertThatThrownBy(() -> meeting.plan(plan(LocalDate.now(GermanDates.ZONE), "10:00", "12:00", null, null, 10)))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsKeys("date", "place"));
		assertThat(meeting.startsAt()).isNull();
	}

	@Test
	void recordsOnlyRegisteredPeopleAsPresent() {
		ExchangeMeeting meeting = new ExchangeMeeting("T-2026-0003", "Austauschtreffen", "koordination");
		meeting.plan(plan(LocalDate.now(GermanDates.ZONE).plusDays(10), "10:00", "16:00", "Stuttgart", null, 30));
		meeting.invite(List.of());
		assertThatThrownBy(() -> meeting.record("Protokoll", List.of(UUID.randomUUID()), List.of()))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("attendees"));
		assertThatThrownBy(() -> meeting.record(" ", List.of(), List.of())).isInstanceOf(InvalidInputException.class);
	}
}
