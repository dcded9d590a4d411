package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import de.kommunalpilot.platform.GermanDates;

/**
 * Calendar entries in the mails, read back over SMTP (GreenMail) with ical4j: a registration for a meeting
 * brings the meeting (summary, start, end, place, a UID per meeting); its cancellation the same UID with
 * METHOD:CANCEL and a sequence at least as high. The personal calendar feed answers only with its secret
 * address, and no longer with the old one once renewed.
 */
@IntegrationTest
class CalendarMailsIntegrationTests {

	static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneId.of("UTC"));

	@LocalServerPort int port;
	@Autowired TaskService taskService;
	@Autowired de.kommunalpilot.pilots.process.demo.DemoData demo;
	@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

	static Calendar calendarIn(MimeMessage mail) throws Exception {
		MimeMultipart parts = (MimeMultipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				String ics = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				return new CalendarBuilder().build(new StringReader(ics));
			}
		}
		throw new AssertionError("no calendar entry in " + mail.getSubject());
	}

	static String value(Calendar calendar, String property) {
		return calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow().<Property>getProperty(property).orElseThrow().getValue();
	}

	@Test
	void aRegistrationBringsTheMeetingAndItsCancellationTakesItOut() throws Exception {
		Api coordinator = new Api(port, "koordination");
		String reference = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Kalendertreffen")).body()).path("reference").asText();
		LocalDate day = LocalDate.now(GermanDates.ZONE).plusDays(45);
		assertThat(coordinator.submit(taskService, reference, "Task_PlanMeeting", Map.of("title", "Kalendertreffen", "agenda",
				"1. Begrüßung", "date", day.toString(), "startTime", "10:00", "endTime", "12:30", "place", "Rathaus Esslingen",
				"capacity", 30)).statusCode()).isEqualTo(204);

		WebClientSession visitor = new WebClientSession(port);
		String csrf = visitor.csrfTokenFrom("/oeffentlich/treffen/" + reference);
		assertThat(visitor.postForm("/oeffentlich/treffen/" + reference, ExhibitionIntegrationTests.form(Map.of("_csrf", csrf, "name",
				"Kalender Nutzerin", "email", "kalender@example.org", "role", "MUNICIPALITY", "municipalityName", "Esslingen am Neckar",
				"consent", "on"))).statusCode()).isEqualTo(200);

		Calendar confirmed = calendarIn(TestMailServer.awaitMailTo("kalender@example.org", "Anmeldung bestätigt"));
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		assertThat(confirmed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("PUBLISH");
		assertThat(value(confirmed, Property.SUMMARY)).isEqualTo("Austauschtreffen: Kalendertreffen");
		assertThat(value(confirmed, Property.LOCATION)).isEqualTo("Rathaus Esslingen");
		assertThat(value(confirmed, Property.DTSTART)).isEqualTo(UTC.format(day.atTime(LocalTime.of(10, 0)).atZone(berlin)));
		assertThat(value(confirmed, Property.DTEND)).isEqualTo(UTC.format(day.atTime(LocalTime.of(12, 30)).atZone(berlin)));
		String uid = value(confirmed, Property.UID);
		assertThat(uid).isEqualTo("meeting-" + reference + "@kommunalpilot");

		assertThat(coordinator.post("/api/meetings/" + reference + "/cancel", Map.of("reason", "Raum nicht verfügbar")).statusCode())
				.isLessThan(300);
		Calendar cancelled = calendarIn(TestMailServer.awaitMailTo("kalender@example.org", "Abgesagt"));
		assertThat(cancelled.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(value(cancelled, Property.UID)).isEqualTo(uid);
		assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
		assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE))).isGreaterThanOrEqualTo(Integer.parseInt(value(confirmed,
				Property.SEQUENCE)));
	}

	@Test
	void thePersonalFeedAnswersOnlyWithItsSecretAndChangesWhenRenewed() throws Exception {
		Api coordinator = new Api(port, "koordination");
		String reference = Api.parse(coordinator.post("/api/meetings", Map.of("title", "Treffen im Abo")).body()).path("reference").asText();
		assertThat(coordinator.submit(taskService, reference, "Task_PlanMeeting", Map.of("title", "Treffen im Abo", "agenda", "1. Begrüßung",
				"date", LocalDate.now(GermanDates.ZONE).plusDays(50).toString(), "startTime", "14:00", "endTime", "16:00", "place", "Stuttgart",
				"capacity", 10)).statusCode()).isEqualTo(204);

		WebClientSession profile = new WebClientSession(port);
		profile.login("koordination", "demo");
		String first = feedPath(profile);
		WebClientSession calendarProgram = new WebClientSession(port);
		java.net.http.HttpResponse<String> feed = calendarProgram.get(first);
		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
		assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).anySatisfy(event -> assertThat(event.<Property>getProperty(Property.UID)
				.orElseThrow().getValue()).isEqualTo("meeting-" + reference + "@kommunalpilot"));

		assertThat(calendarProgram.get(first.replaceAll("/kalender/.{4}", "/kalender/abcd")).statusCode()).isEqualTo(404);
		String second = feedPath(profile);
		assertThat(second).isNotEqualTo(first);
		assertThat(calendarProgram.get(first).statusCode()).as("the old address no longer works").isEqualTo(404);
		assertThat(calendarProgram.get(second).statusCode()).isEqualTo(200);
		coordinator.post("/api/meetings/" + reference + "/cancel", Map.of("reason", "Test beendet"));
	}

	@Test
	void theFirstTalkAndTheKickOffGoOutAsCalendarEntriesMoveWithTheSameUidAndAreCalledOffWithThePilot() throws Exception {
		String reference = demo.pilotAt("INTAKE", "08416011", "Dußlingen", "Mit Termin");
		String contact = "agenda2030@08416011.example.org";
		WebClientSession page = new WebClientSession(port);
		page.login("koordination", "demo");
		String csrf = page.csrfTokenFrom("/pilotvorhaben/" + reference);
		LocalDate day = LocalDate.now(GermanDates.ZONE).plusDays(12);
		String form = "_csrf=" + csrf + "&kind=FIRST_TALK&date=" + day + "&location=Rathaus+Termindorf";

		// bad inputs: field messages on the page, nothing sent
		int before = jdbc.queryForObject("select count(*) from platform_mail_outbox where reference = ? and category = 'appointment'",
				Integer.class, reference);
		assertThat(page.postForm("/pilotvorhaben/" + reference + "/termine", form + "&start=12:00&end=10:00").statusCode()).isEqualTo(302);
		assertThat(page.get("/pilotvorhaben/" + reference).body()).contains("Das Ende liegt nach dem Beginn.", "is-invalid");
		assertThat(page.postForm("/pilotvorhaben/" + reference + "/termine", "_csrf=" + csrf + "&kind=FIRST_TALK&date="
				+ LocalDate.now(GermanDates.ZONE).minusDays(1) + "&start=10:00&end=11:00&location=x").statusCode()).isEqualTo(302);
		assertThat(page.get("/pilotvorhaben/" + reference).body()).contains("Der Termin liegt in der Vergangenheit.");
		assertThat(page.postForm("/pilotvorhaben/" + reference + "/termine", form + "&start=zehn&end=").statusCode()).isEqualTo(302);
		assertThat(page.get("/pilotvorhaben/" + reference).body()).contains("Bitte den Beginn angeben.", "Bitte das Ende angeben.");
		assertThat(page.postForm("/pilotvorhaben/" + reference + "/termine", form.replace("FIRST_TALK", "SOMETHING") + "&start=10:00&end=11:00")
				.statusCode()).isEqualTo(400);
		assertThat(jdbc.queryForObject("select count(*) from platform_mail_outbox where reference = ? and category = 'appointment'",
				Integer.class, reference)).isEqualTo(before);
		WebClientSession expert = new WebClientSession(port);
		expert.login("expertin", "demo");
		assertThat(expert.postForm("/pilotvorhaben/" + reference + "/termine", "_csrf=" + expert.csrfTokenFrom("/pilotvorhaben")
				+ "&kind=FIRST_TALK&date=" + day + "&start=10:00&end=11:00&location=x").statusCode()).as("the coordination sets dates")
				.isEqualTo(403);
		assertThat(jdbc.queryForObject("select count(*) from pilot_appointment a join pilot_pilot p on p.id = a.pilot_id where p.reference = ?",
				Integer.class, reference)).isZero();

		assertThat(page.postForm("/pilotvorhaben/" + reference + "/termine", form + "&start=10:00&end=11:30").statusCode()).isEqualTo(302);
		Calendar set = calendarIn(TestMailServer.awaitMailTo(contact, "Termin: Erstgespräch"));
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		assertThat(value(set, Property.SUMMARY)).isEqualTo("Erstgespräch: Mit Termin (" + reference + ")");
		assertThat(value(set, Property.LOCATION)).isEqualTo("Rathaus Termindorf");
		assertThat(value(set, Property.DTSTART)).isEqualTo(UTC.format(day.atTime(LocalTime.of(10, 0)).atZone(berlin)));
		assertThat(value(set, Property.DTEND)).isEqualTo(UTC.format(day.atTime(LocalTime.of(11, 30)).atZone(berlin)));
		String uid = value(set, Property.UID);
		assertThat(uid).isEqualTo("pilot-" + reference + "-first_talk@kommunalpilot");
		assertThat(page.get("/pilotvorhaben/" + reference).body()).contains("Termin ändern", "Rathaus Termindorf",
				day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ", 10:00–11:30 Uhr");

		assertThat(page.postForm("/pilotvorhaben/" + reference + "/termine", form + "&start=14:00&end=15:00").statusCode()).isEqualTo(302);
		Calendar moved = calendarIn(TestMailServer.awaitMailTo(contact, "Geänderter Termin: Erstgespräch"));
		assertThat(value(moved, Property.UID)).isEqualTo(uid);
		assertThat(Integer.parseInt(value(moved, Property.SEQUENCE))).isGreaterThan(Integer.parseInt(value(set, Property.SEQUENCE)));
		assertThat(value(moved, Property.DTSTART)).isEqualTo(UTC.format(day.atTime(LocalTime.of(14, 0)).atZone(berlin)));

		// the responsible coordinator has it in their feed
		Calendar feed = new CalendarBuilder().build(new StringReader(new WebClientSession(port).get(feedPath(page)).body()));
		assertThat(feed.<VEvent>getComponents(Component.VEVENT)).anySatisfy(event -> assertThat(event.<Property>getProperty(Property.UID)
				.orElseThrow().getValue()).isEqualTo(uid));

		assertThat(new Api(port, "koordination").post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"))
				.statusCode()).isLessThan(300);
		Calendar calledOff = calendarIn(TestMailServer.awaitMailTo(contact, "Abgesagt: Erstgespräch"));
		assertThat(calledOff.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
		assertThat(value(calledOff, Property.UID)).isEqualTo(uid);
	}

	@Test
	void theKickOffReachesTheExpertToo() throws Exception {
		String reference = demo.pilotAt("KICK_OFF", "08416015", "Gomaringen", "Auftakt mit Termin", "experte");
		WebClientSession page = new WebClientSession(port);
		page.login("koordination", "demo");
		assertThat(page.get("/pilotvorhaben/" + reference).body()).as("the first talk is done: no form for it").contains("Auftaktgespräch")
				.doesNotContain("termin-FIRST_TALK-date");
		LocalDate day = LocalDate.now(GermanDates.ZONE).plusDays(20);
		assertThat(page.postForm("/pilotvorhaben/" + reference + "/termine", "_csrf=" + page.csrfTokenFrom("/pilotvorhaben/" + reference)
				+ "&kind=KICK_OFF&date=" + day + "&start=09:30&end=11:00&location=https://meet.example.org/auftakt").statusCode()).isEqualTo(302);
		String expertMail = jdbc.queryForObject("select email from expert_expert where user_id = 'experte'", String.class);
		Calendar invitation = calendarIn(TestMailServer.awaitMailTo(expertMail, "Termin: Auftaktgespräch"));
		assertThat(value(invitation, Property.UID)).isEqualTo("pilot-" + reference + "-kick_off@kommunalpilot");
		assertThat(value(invitation, Property.LOCATION)).isEqualTo("https://meet.example.org/auftakt");
		calendarIn(TestMailServer.awaitMailTo("agenda2030@08416015.example.org", "Termin: Auftaktgespräch"));
		new Api(port, "koordination").post("/api/pilots/" + reference + "/cancellation", Map.of("reason", "Test beendet"));
	}

	/** A new feed address from the profile page, as the path the feed answers on. */
	static String feedPath(WebClientSession profile) {
		String csrf = profile.csrfTokenFrom("/profil");
		assertThat(profile.postForm("/profil/kalender", "_csrf=" + csrf).statusCode()).isEqualTo(302);
		java.util.regex.Matcher url = java.util.regex.Pattern.compile("value=\"https?://[^/]+(/kalender/[A-Za-z0-9_-]+\\.ics)\"")
				.matcher(profile.get("/profil").body());
		assertThat(url.find()).isTrue();
		return url.group(1);
	}
}
