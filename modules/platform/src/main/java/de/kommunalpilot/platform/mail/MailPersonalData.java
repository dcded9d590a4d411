package de.kommunalpilot.platform.mail;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.PersonalData;

/**
 * Mails to the person and mentions of them in other mails; and the event publication log, whose
 * finished entries may carry their login. Erasure leaves each mail as a record that something was sent,
 * without recipient, text or files.
 */
@Component
@Order(30)
class MailPersonalData implements PersonalData {

	static final String ERASED_ADDRESS = "geloescht@example.invalid";

	private final JdbcTemplate jdbc;

	MailPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "mails";
	}

	@Override
	public Object export(Person person) {
		if (person.email() == null) {
			return List.of();
		}
		return jdbc.queryForList("""
				select subject as betreff, body as text, category as art, status, created_at as erstellt_am, sent_at as gesendet_am
				from platform_mail_outbox where lower(recipient) = lower(?) order by created_at
				""", person.email());
	}

	@Override
	public void erase(Person person) {
		if (person.email() != null) {
			// outbox rows first, then their files: the order the sender locks them in, so the two never deadlock
			List<java.util.UUID> mails = jdbc.queryForList("select id from platform_mail_outbox where lower(recipient) = lower(?) for update",
					java.util.UUID.class, person.email());
			jdbc.update("""
					update platform_mail_outbox set recipient = ?, subject = '[gelöscht]', body = '[gelöscht]', last_error = null
					where lower(recipient) = lower(?)
					""", ERASED_ADDRESS, person.email());
			mails.forEach(id -> jdbc.update("delete from platform_mail_attachment where mail_id = ?", id));
		}
		for (String value : new String[] { person.name(), person.email() }) {
			PersonalData.replaceInTexts(jdbc, value, "platform_mail_outbox.subject", "platform_mail_outbox.body");
		}
		// the confirmation pages of public forms name who sent them (and an expert's new login)
		for (String value : new String[] { person.name(), person.email(), person.userId() }) {
			PersonalData.replaceInTexts(jdbc, value, "platform_public_submission.heading", "platform_public_submission.message",
					"platform_public_submission.next_step");
		}
		if (person.userId() != null) {
			jdbc.update("delete from event_publication where completion_date is not null and strpos(serialized_event, ?) > 0",
					person.userId());
		}
	}
}
