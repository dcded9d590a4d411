package de.kommunalpilot.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** German date formats for mails, forms, pages and documents (times in Europe/Berlin). */
public final class GermanDates {

	public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZONE);

	private GermanDates() {
	}

	public static String format(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public static String format(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant);
	}

	public static String period(LocalDate from, LocalDate until) {
		return format(from) + " – " + format(until);
	}
}
