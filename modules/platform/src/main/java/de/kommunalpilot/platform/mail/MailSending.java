package de.kommunalpilot.platform.mail;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers pending mails of the outbox over SMTP, one per transaction: the row is locked with {@code skip locked}, so
 * several nodes never send the same mail at once, and it is marked sent right after the server took it. A node that
 * dies between the two leaves that one mail pending, so another node sends it again (SMTP has no way to take part in
 * the transaction); it carries the same {@code Message-ID} (from the outbox row) both times, so the copies are
 * recognisable as one. Does nothing while no SMTP host is configured ({@code spring.mail.host}).
 */
@Component
class MailSending {

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);
	private static final int MAX_ATTEMPTS = 5;

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final ObjectProvider<JavaMailSender> sender;
	private final String from;
	private final String footer;

	MailSending(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectProvider<JavaMailSender> sender,
			@Value("${kommunalpilot.mail.from:kommunalpilot@localhost}") String from, de.kommunalpilot.platform.PublicPages pages) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.sender = sender;
		this.from = from;
		// every mail names who sends it and how they handle its data
		this.footer = "\n\n-- \nImpressum: " + pages.link(de.kommunalpilot.platform.PublicPages.PATH + "/impressum")
				+ "\nDatenschutz: " + pages.link(de.kommunalpilot.platform.PublicPages.PATH + "/datenschutz");
	}

	@Scheduled(fixedDelayString = "${kommunalpilot.mail.interval:PT5S}", initialDelayString = "${kommunalpilot.mail.interval:PT5S}")
	void sendPending() {
		JavaMailSender mailSender = sender.getIfAvailable();
		if (mailSender == null) {
			return;
		}
		int sent;
		do {
			sent = sendNext(mailSender);
		}
		while (sent > 0);
	}

	/** Sends the oldest pending mail no other node is sending, in a transaction of its own; 1 if there was one. */
	int sendNext(JavaMailSender mailSender) {
		Integer count = transactions.execute(status -> {
			List<Pending> pending = jdbc.query("""
					select id, recipient, subject, body from platform_mail_outbox
					where status = 'PENDING' order by created_at limit 1 for update skip locked
					""", (rs, row) -> new Pending(rs.getObject("id", UUID.class), rs.getString("recipient"),
					rs.getString("subject"), rs.getString("body")));
			for (Pending mail : pending) {
				try {
					send(mailSender, mail);
					jdbc.update("update platform_mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1 where id = ?",
							Timestamp.from(Instant.now()), mail.id());
					// the files went out with the mail; keeping copies would only keep personal data longer
					jdbc.update("update platform_mail_attachment set content = ''::bytea where mail_id = ?", mail.id());
				}
				catch (MailException | MessagingException e) {
					log.warn("Could not send mail {} to {}: {}", mail.id(), mail.recipient(), e.getMessage());
					jdbc.update("""
							update platform_mail_outbox set attempts = attempts + 1, last_error = ?,
							status = case when attempts + 1 >= ? then 'FAILED' else status end where id = ?
							""", e.getMessage(), MAX_ATTEMPTS, mail.id());
					return 0;
				}
			}
			return pending.size();
		});
		return count == null ? 0 : count;
	}

	private void send(JavaMailSender mailSender, Pending mail) throws MessagingException {
		List<Attachment> attachments = jdbc.query(
				"select file_name, media_type, content from platform_mail_attachment where mail_id = ? order by position",
				(rs, row) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)), mail.id());
		MimeMessage message = mailSender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.recipient());
		helper.setSubject(mail.subject());
		helper.setText(mail.body() + footer);
		message.setHeader("Message-ID", messageId(mail.id()));
		for (Attachment attachment : attachments) {
			helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
		}
		mailSender.send(message);
	}

	/** The same for every attempt at one mail of the outbox. */
	static String messageId(UUID mail) {
		return "<" + mail + "@kommunalpilot>";
	}

	private record Attachment(String fileName, String mediaType, byte[] content) {
	}

	private record Pending(UUID id, String recipient, String subject, String body) {
	}
}
