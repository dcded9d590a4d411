package de.kommunalpilot.pilots;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Single-use feedback tokens: 256 random bits, URL-safe; the table keeps only their hash, so a leaked
 * database holds no usable link.
 */
@Component
class FeedbackTokens {

	static final Duration VALIDITY = Duration.ofDays(60);
	private static final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	FeedbackTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	String issue(UUID pilotId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now();
		jdbc.update("insert into pilot_feedback_token (token_hash, pilot_id, created_at, expires_at) values (?, ?, ?, ?)", hash(token),
				pilotId, Timestamp.from(now), Timestamp.from(now.plus(VALIDITY)));
		return token;
	}

	Optional<Token> find(String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.query("select pilot_id, expires_at, used_at from pilot_feedback_token where token_hash = ?",
				(rs, row) -> new Token(rs.getObject("pilot_id", UUID.class), rs.getTimestamp("expires_at").toInstant(),
						rs.getTimestamp("used_at") != null), hash(token)).stream().findFirst();
	}

	/** Marks the token used; false if another request used it first (the row lock decides). */
	boolean use(String token) {
		return jdbc.update("update pilot_feedback_token set used_at = ? where token_hash = ? and used_at is null",
				Timestamp.from(Instant.now()), hash(token)) == 1;
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	record Token(UUID pilotId, Instant expiresAt, boolean used) {
	}
}
