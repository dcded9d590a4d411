package de.kommunalpilot.funding;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.UserNames;

/**
 * Tells the leads by mail when a report to the funder comes due: each open period's deadlines, the terms' days before
 * (30 and 7). Each reminder is noted in {@code funding_reminder} in the same transaction as its mails, so with several
 * nodes, or run twice on a day, it goes out once; a day missed (the app was down) is made up while the deadline is
 * still ahead.
 */
@Component
public class FundingReminders {

	private static final Logger log = LoggerFactory.getLogger(FundingReminders.class);

	private final Funding funding;
	private final JdbcTemplate jdbc;
	private final MailOutbox outbox;
	private final UserNames people;
	private final PublicPages pages;

	FundingReminders(Funding funding, JdbcTemplate jdbc, MailOutbox outbox, UserNames people, PublicPages pages) {
		this.funding = funding;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.people = people;
		this.pages = pages;
	}

	@Scheduled(cron = "${kommunalpilot.funding.reminder-cron:0 15 7 * * *}", zone = "Europe/Berlin")
	void daily() {
		int sent = remind(LocalDate.now(GermanDates.ZONE));
		if (sent > 0) {
			log.info("Funding: {} deadline reminders sent to the leads", sent);
		}
	}

	/** Sends what is due on the day; returns how many reminders (not mails) went out. */
	@Transactional
	public int remind(LocalDate today) {
		int sent = 0;
		for (FundingPeriod period : funding.periods()) {
			if (!period.open()) {
				continue;
			}
			for (FundingPeriod.Deadline deadline : period.deadlines(funding.terms())) {
				long left = ChronoUnit.DAYS.between(today, deadline.due());
				// the nearest lead time that has come: a day missed is made up, a reminder never sent twice
				Integer lead = funding.terms().reminderDays().stream().filter(days -> left >= 0 && left <= days).min(Integer::compare).orElse(null);
				if (lead != null && claim(period, deadline, lead)) {
					tell(period, deadline, left);
					sent++;
				}
			}
		}
		return sent;
	}

	private boolean claim(FundingPeriod period, FundingPeriod.Deadline deadline, int lead) {
		return jdbc.update("""
				insert into funding_reminder (period_id, kind, due_on, days_before, sent_at) values (?, ?, ?, ?, ?)
				on conflict do nothing""", period.id(), deadline.kind().name(), deadline.due(), lead, Timestamp.from(Instant.now())) == 1;
	}

	private void tell(FundingPeriod period, FundingPeriod.Deadline deadline, long left) {
		String subject = deadline.label() + " fällig am " + GermanDates.format(deadline.due()) + " – " + period.title();
		for (UserNames.Address lead : people.addressesOf("leads")) {
			outbox.queue(lead.email(), subject, MailOutbox.letter(lead.name(), "der " + deadline.label() + " für den Förderzeitraum „"
					+ period.title() + "“ (" + period.reference() + ", Zuwendungsbescheid " + period.grantNotice() + ") ist am "
					+ GermanDates.format(deadline.due()) + " beim Zuwendungsgeber " + period.funder() + " fällig"
					+ (left == 0 ? " – also heute." : ", in " + left + (left == 1 ? " Tag." : " Tagen."))
					+ "\n\nBudgetkontrolle und Belegliste: " + pages.link("/foerderung/" + period.reference())),
					"funding-deadline", period.reference());
		}
	}
}
