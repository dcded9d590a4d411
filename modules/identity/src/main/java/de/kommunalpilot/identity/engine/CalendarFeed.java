package de.kommunalpilot.identity.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.platform.CalendarEntries;
import de.kommunalpilot.platform.Calendars;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * Each user's personal calendar feed — their due dates, and for staff the meetings and loans — under a
 * secret address that calendar programs subscribe to without a login. Only a hash of the secret is
 * stored; renewing it makes the old address answer 404 at once.
 */
@RestController
class CalendarFeed {

	static final String PATH = "/kalender/";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;
	private final IdentityService identity;
	private final EngineSystemCalls calls;
	private final ObjectProvider<CalendarEntries> entries;
	private final PublicPages pages;

	CalendarFeed(JdbcTemplate jdbc, IdentityService identity, EngineSystemCalls calls, ObjectProvider<CalendarEntries> entries,
			PublicPages pages) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.calls = calls;
		this.entries = entries;
		this.pages = pages;
	}

	/** A new secret address for the user; the one before stops working. */
	String renew(String userId) {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		jdbc.update("""
				insert into identity_calendar_feed (user_id, token_hash, created_at) values (?, ?, ?)
				on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
				""", userId, hash(token), Timestamp.from(Instant.now()));
		return pages.link(PATH + token + ".ics");
	}

	boolean exists(String userId) {
		return jdbc.queryForObject("select count(*) from identity_calendar_feed where user_id = ?", Integer.class, userId) > 0;
	}

	void forget(String userId) {
		jdbc.update("delete from identity_calendar_feed where user_id = ?", userId);
	}

	@GetMapping(path = PATH + "{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		Optional<String> user = jdbc.queryForList("select user_id from identity_calendar_feed where token_hash = ?", String.class,
				hash(token)).stream().findFirst();
		if (user.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		String userId = user.get();
		Set<String> groups = calls.run(() -> identity.createGroupQuery().groupMember(userId).list()).stream().map(g -> g.getId())
				.collect(Collectors.toSet());
		List<Calendars.Event> events = new ArrayList<>();
		entries.orderedStream().forEach(source -> events.addAll(source.entriesFor(userId, groups)));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/calendar;charset=UTF-8"))
				.header("Cache-Control", "private, max-age=300").body(Calendars.publish(events));
	}

	private static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
