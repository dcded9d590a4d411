package de.kommunalpilot.platform.retention;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the platform keeps only for a while, removed every night: sent and failed mails with their files
 * after {@code kommunalpilot.retention.mails} (two years by default), single-use links once they have
 * been used or expired for {@code kommunalpilot.retention.links} (30 days). The engine's history has its
 * own cleanup (the processes' time to live, in the nightly batch window).
 */
@Component
public class NightlyRetention {

	private static final Logger log = LoggerFactory.getLogger(NightlyRetention.class);

	private final JdbcTemplate jdbc;
	private final Duration mails;
	private final Duration links;

	NightlyRetention(JdbcTemplate jdbc, @Value("${kommunalpilot.retention.mails:P730D}") Duration mails,
			@Value("${kommunalpilot.retention.links:P30D}") Duration links) {
		this.jdbc = jdbc;
		this.mails = mails;
		this.links = links;
	}

	/** How long sent and failed mails are kept (the privacy notice says so). */
	public Duration mails() {
		return mails;
	}

	/** How long used or expired single-use links and the confirmations of public forms are kept. */
	public Duration links() {
		return links;
	}

	@Scheduled(cron = "${kommunalpilot.retention.cron:0 30 1 * * *}", zone = "Europe/Berlin")
	@Transactional
	public void removeExpired() {
		Instant now = Instant.now();
		// attachments go with their mail (on delete cascade)
		int removedMails = jdbc.update("delete from platform_mail_outbox where status in ('SENT', 'FAILED') and created_at < ?",
				Timestamp.from(now.minus(mails)));
		int removedLinks = jdbc.update("delete from platform_single_use_token where coalesce(used_at, expires_at) < ?",
				Timestamp.from(now.minus(links)));
		// the confirmations of public forms (PublicSubmissions) live as long as single-use links
		removedLinks += jdbc.update("delete from platform_public_submission where created_at < ?", Timestamp.from(now.minus(links)));
		// the public forms' rate counts (client addresses) live a day at most; the window itself is minutes
		jdbc.update("delete from platform_rate_hit where at < ?", Timestamp.from(now.minus(java.time.Duration.ofDays(1))));
		if (removedMails + removedLinks > 0) {
			log.info("Retention: {} mails and {} single-use links and confirmations removed", removedMails, removedLinks);
		}
	}
}
