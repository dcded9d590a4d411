package de.kommunalpilot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

class CalendarsTests {

	static VEvent parsedEvent(String ics) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
	}

	static String value(VEvent event, String property) {
		return event.<Property>getProperty(property).orElseThrow().getValue();
	}

	@Test
	void anEntryParsesBackWithItsTimesPlaceAndUid() throws Exception {
		Instant start = Instant.parse("2027-03-04T09:00:00Z");
		String ics = Calendars.publish(List.of(new Calendars.Event("meeting-T-2027-0001@kommunalpilot", 2, "Austauschtreffen Klima",
				"Tagesordnung:\n1. Begrüßung", "Haus der Kulturen, Stuttgart", start, start.plusSeconds(7200))));
		VEvent event = parsedEvent(ics);
		assertThat(ics).contains("METHOD:PUBLISH");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Austauschtreffen Klima");
		assertThat(value(event, Property.LOCATION)).isEqualTo("Haus der Kulturen, Stuttgart");
		assertThat(value(event, Property.UID)).isEqualTo("meeting-T-2027-0001@kommunalpilot");
		assertThat(value(event, Property.SEQUENCE)).isEqualTo("2");
		assertThat(value(event, Property.DTSTART)).isEqualTo("20270304T090000Z");
		assertThat(value(event, Property.DTEND)).isEqualTo("20270304T110000Z");
	}

	@Test
	void wholeDaysEndTheDayAfterAndACancellationKeepsTheUid() throws Exception {
		Calendars.Event loan = Calendars.Event.days("loan-A-2027-0002@kommunalpilot", 0, "Ausleihe", null, "Ulm",
				LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 14));
		VEvent event = parsedEvent(Calendars.publish(List.of(loan)));
		assertThat(value(event, Property.DTSTART)).isEqualTo("20270503");
		assertThat(value(event, Property.DTEND)).isEqualTo("20270515");
		String cancelled = Calendars.cancel(List.of(loan));
		assertThat(cancelled).contains("METHOD:CANCEL", "STATUS:CANCELLED");
		assertThat(value(parsedEvent(cancelled), Property.UID)).isEqualTo("loan-A-2027-0002@kommunalpilot");
	}
}
