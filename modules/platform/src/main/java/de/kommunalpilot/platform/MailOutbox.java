package de.kommunalpilot.platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails leave through an outbox: {@link #queue} writes them in the caller's transaction (so a rolled
 * back step sends nothing), a background sender delivers them over SMTP when one is configured.
 * Without SMTP they stay in the outbox, visible to coordinators and administrators.
 */
@Service
public class MailOutbox {

	private final JdbcTemplate jdbc;

	MailOutbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param category what kind of mail (e.g. {@code expert-request}), for the outbox view and tests
	 * @param reference the case it belongs to, e.g. a pilot reference
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public UUID queue(String recipient, String subject, String body, String category, String reference) {
		return queue(recipient, subject, body, category, reference, List.of());
	}

	/** Queues a mail with files, e.g. a generated PDF. */
	@Transactional(propagation = Propagation.REQUIRED)
	public UUID queue(String recipient, String subject, String body, String category, String reference,
			List<Attachment> attachments) {
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient");
		}
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into platform_mail_outbox (id, recipient, subject, body, category, reference, status, created_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', ?)
				""", id, FormFields.printable(recipient.strip(), true), FormFields.printable(subject, true), FormFields.printable(body, false), category, reference, java.sql.Timestamp.from(Instant.now()));
		for (int position = 0; position < attachments.size(); position++) {
			Attachment attachment = attachments.get(position);
			jdbc.update("insert into platform_mail_attachment (mail_id, position, file_name, media_type, content) values (?, ?, ?, ?, ?)",
					id, position, FormFields.printable(attachment.fileName(), true), attachment.mediaType(), attachment.content());
		}
		return id;
	}

	@Transactional(readOnly = true)
	public List<Mail> recent(String reference, int limit) {
		String select = "select id, recipient, subject, body, category, reference, status, created_at, sent_at "
				+ "from platform_mail_outbox " + (reference == null ? "" : "where reference = ? ")
				+ "order by created_at desc limit ?";
		Object[] arguments = reference == null ? new Object[] { limit } : new Object[] { reference, limit };
		return jdbc.query(select, (rs, row) -> new Mail(rs.getObject("id", UUID.class), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("body"), rs.getString("category"), rs.getString("reference"), rs.getString("status"),
				rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()), arguments);
	}

	/** A mail's text in the programme's letter form: greeting (with the name, if known), the text, the signature. */
	public static String letter(String name, String text) {
		return "Guten Tag" + (name == null || name.isBlank() ? "" : " " + name) + ",\n\n" + text
				+ "\n\nMit freundlichen Grüßen\nIhr Team Kommunalpilot";
	}

	/** The names of the files sent with a mail. */
	@Transactional(readOnly = true)
	public List<String> attachmentNames(UUID mailId) {
		return jdbc.queryForList("select file_name from platform_mail_attachment where mail_id = ? order by position", String.class,
				mailId);
	}

	/** A file sent with a mail. */
	public record Attachment(String fileName, String mediaType, byte[] content) {
	}

	/**
	 * A mail in the outbox.
	 *
	 * @param id the mail's id
	 * @param recipient its recipient
	 * @param subject its subject
	 * @param body its text
	 * @param category what kind of mail it is
	 * @param reference the case it is about, if any
	 * @param status {@code PENDING}, {@code SENT} or {@code FAILED}
	 * @param createdAt when it was written
	 * @param sentAt when it was sent, once it was
	 */
	public record Mail(UUID id, String recipient, String subject, String body, String category, String reference,
			String status, Instant createdAt, Instant sentAt) {
	}
}
