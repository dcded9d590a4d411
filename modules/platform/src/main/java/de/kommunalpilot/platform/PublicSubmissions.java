package de.kommunalpilot.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post/Redirect/Get for the public forms: every form page carries a one-time submission token; the first POST
 * with it does the work and stores its confirmation in the same transaction, every repeat (a double click, the
 * back button, a resent request) gets the same confirmation instead of doing it again, and the confirmation lives
 * at its own address ({@link #confirmationPath}), so reloading it submits nothing. Confirmations go after the
 * retention period of single-use links ({@code NightlyRetention}).
 */
@Component
public class PublicSubmissions {

	/** The form field that carries the token. */
	public static final String FIELD = "submission";

	/** What the confirmation page says; {@code reference} and {@code next} are optional. */
	public record Confirmation(String heading, String message, String reference, String next) {
	}

	private final JdbcTemplate jdbc;

	PublicSubmissions(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A token for a form page that is shown anew. */
	public String newToken() {
		return UUID.randomUUID().toString();
	}

	/** The token a form sent back, or a new one when it sent none or something else. */
	public String tokenOf(String sent) {
		try {
			return UUID.fromString(sent == null ? "" : sent.strip()).toString();
		}
		catch (IllegalArgumentException e) {
			return newToken();
		}
	}

	public static String confirmationPath(String token) {
		return PublicPages.PATH + "/bestaetigung/" + token;
	}

	/**
	 * Does the submission once per token and answers with the redirect to its confirmation. A concurrent repeat
	 * waits for the first to commit (the token is the key of the row) and then gets its confirmation.
	 */
	@Transactional
	public String once(String token, Supplier<Confirmation> submission) {
		int claimed = jdbc.update("insert into platform_public_submission (token, created_at) values (?, ?) on conflict do nothing",
				UUID.fromString(token), Timestamp.from(Instant.now()));
		if (claimed == 1) {
			Confirmation confirmation = submission.get();
			jdbc.update("update platform_public_submission set heading = ?, message = ?, reference = ?, next_step = ? where token = ?",
					confirmation.heading(), confirmation.message(), confirmation.reference(), confirmation.next(), UUID.fromString(token));
		}
		return "redirect:" + confirmationPath(token);
	}

	public Optional<Confirmation> confirmation(String token) {
		UUID id;
		try {
			id = UUID.fromString(token);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		List<Confirmation> found = jdbc.query("""
				select heading, message, reference, next_step from platform_public_submission
				where token = ? and heading is not null""",
				(row, i) -> new Confirmation(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), id);
		return found.stream().findFirst();
	}
}
