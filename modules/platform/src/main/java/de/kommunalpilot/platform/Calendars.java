package de.kommunalpilot.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar entries (iCalendar, RFC 5545, written with ical4j) for mails and the personal calendar feed: a
 * meeting, a loan period, a first talk. An entry keeps its UID across updates, with a growing sequence, so
 * calendars update it instead of adding a second one; a cancellation is METHOD:CANCEL with the same UID.
 */
public final class Calendars {

	public static final String MEDIA_TYPE = "text/calendar";

	private Calendars() {
	}

	/**
	 * @param uid stable for the thing the entry stands for, e.g. {@code meeting-T-2026-0001@kommunalpilot}
	 * @param sequence grows with every change of the entry
	 * @param start an {@link Instant} for a time of day, or a {@link LocalDate} for whole days
	 * @param end exclusive; for whole days the day after the last
	 */
	public record Event(String uid, int sequence, String summary, String description, String location, Temporal start,
			Temporal end) {

		/** A whole-day entry from {@code first} to {@code last}, both included. */
		public static Event days(String uid, int sequence, String summary, String description, String location, LocalDate first,
				LocalDate last) {
			return new Event(uid, sequence, summary, description, location, first, last.plusDays(1));
		}
	}

	/** Entries to add to a calendar (METHOD:PUBLISH). */
	public static String publish(List<Event> events) {
		return write("PUBLISH", events, false);
	}

	/** Entries that no longer take place (METHOD:CANCEL, STATUS:CANCELLED). */
	public static String cancel(List<Event> events) {
		return write("CANCEL", events, true);
	}

	/** The entry as a mail's file. */
	public static MailOutbox.Attachment attachment(String fileName, String ics) {
		return new MailOutbox.Attachment(fileName, MEDIA_TYPE, ics.getBytes(StandardCharsets.UTF_8));
	}

	private static String write(String method, List<Event> events, boolean cancelled) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kommunalpilot//Migration und Entwicklung auf kommunaler Ebene//DE"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Method(method));
		for (Event entry : events) {
			VEvent event = new VEvent(entry.start(), entry.end(), FormFields.printable(entry.summary(), true));
			event.add(new Uid(entry.uid()));
			event.add(new Sequence(entry.sequence()));
			event.add(new DtStamp(Instant.now()));
			if (entry.location() != null && !entry.location().isBlank()) {
				event.add(new Location(FormFields.printable(entry.location(), true)));
			}
			if (entry.description() != null && !entry.description().isBlank()) {
				event.add(new Description(FormFields.printable(entry.description(), false)));
			}
			if (cancelled) {
				event.add(new Status("CANCELLED"));
			}
			calendar.add(event);
		}
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}
}
