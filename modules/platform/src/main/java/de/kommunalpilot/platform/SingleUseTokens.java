package de.kommunalpilot.platform;

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

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Links that work once without a login (a municipality's feedback, an expert's consent): 256 random bits,
 * URL-safe. Only their SHA-256 is stored, so the table holds no usable link; using one is decided by a
 * row lock, so two requests with the same link cannot both succeed.
 */
@Component
public class SingleUseTokens {

	private static final SecureRandom random = new SecureRandom();

	private final JdbcTemplate jdbc;

	SingleUseTokens(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token for what the purpose names, e.g. ("pilot-feedback", the pilot's id). */
	public String issue(String purpose, String subject, Duration validity) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = Instant.now();
		jdbc.update("insert into platform_single_use_token (token_hash, purpose, subject, created_at, expires_at) values (?, ?, ?, ?, ?)",
				hash(token), purpose, subject, Timestamp.from(now), Timestamp.from(now.plus(validity)));
		return token;
	}

	public Optional<Token> find(String purpose, String token) {
		if (token == null || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.query("select subject, expires_at, used_at from platform_single_use_token where token_hash = ? and purpose = ?",
				(rs, row) -> new Token(rs.getString("subject"), rs.getTimestamp("expires_at").toInstant(), rs.getTimestamp("used_at") != null),
				hash(token), purpose).stream().findFirst();
	}

	/** Uses the token up; false if it was used before (or by a concurrent request). */
	public boolean use(String purpose, String token) {
		return jdbc.update("update platform_single_use_token set used_at = ? where token_hash = ? and purpose = ? and used_at is null",
				Timestamp.from(Instant.now()), hash(token), purpose) == 1;
	}

	/** Ends all open tokens of a subject, e.g. when the step they were for was done another way. */
	public void revoke(String purpose, String subject) {
		jdbc.update("update platform_single_use_token set used_at = ? where purpose = ? and subject = ? and used_at is null",
				Timestamp.from(Instant.now()), purpose, subject);
	}

	static String hash(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A token's state: for whom, until when, and whether it was used. */
	public record Token(String subject, Instant expiresAt, boolean used) {

		public boolean expired() {
			return expiresAt.isBefore(Instant.now());
		}
	}
}
