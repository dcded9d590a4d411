package de.kommunalpilot.identity.engine;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.TaskAssignments;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * What people are told by mail, through the outbox and so in the transaction of what happened: the
 * assignee of a task that someone else (or the process) gave them, with a direct link; and every weekday
 * morning a digest for coordinators and leads of their groups' new and overdue tasks — at most one per
 * user and day, recorded in the digest's own transaction, so neither a second instance nor a restart
 * sends it twice. Each user switches either off on their profile page.
 */
@Component
public class Notifications implements TaskAssignments {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);
	static final int DIGEST_LINES = 30;

	private final JdbcTemplate jdbc;
	private final IdentityService identity;
	private final TaskService tasks;
	private final MailOutbox outbox;
	private final PublicPages pages;
	private final EngineSystemCalls calls;
	private final TransactionTemplate transactions;

	Notifications(JdbcTemplate jdbc, IdentityService identity, TaskService tasks, MailOutbox outbox, PublicPages pages,
			EngineSystemCalls calls, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.identity = identity;
		this.tasks = tasks;
		this.outbox = outbox;
		this.pages = pages;
		this.calls = calls;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	record Settings(boolean assignmentMails, boolean digest) {
	}

	Settings settings(String userId) {
		return jdbc.query("select assignment_mails, digest from identity_notification_setting where user_id = ?",
				rs -> rs.next() ? new Settings(rs.getBoolean(1), rs.getBoolean(2)) : new Settings(true, true), userId);
	}

	void save(String userId, Settings settings) {
		jdbc.update("""
				insert into identity_notification_setting (user_id, assignment_mails, digest) values (?, ?, ?)
				on conflict (user_id) do update set assignment_mails = excluded.assignment_mails, digest = excluded.digest
				""", userId, settings.assignmentMails(), settings.digest());
	}

	boolean absent(String userId) {
		return userId != null && jdbc.queryForObject("select count(*) from identity_absence where user_id = ?", Integer.class, userId) > 0;
	}

	void setAbsent(String userId, boolean absent) {
		if (absent) {
			jdbc.update("insert into identity_absence (user_id, since) values (?, now()) on conflict do nothing", userId);
		}
		else {
			jdbc.update("delete from identity_absence where user_id = ?", userId);
		}
	}

	/** Settings and digest records of a person whose data is erased. */
	void forget(String userId) {
		jdbc.update("delete from identity_absence where user_id = ?", userId);
		jdbc.update("delete from identity_notification_setting where user_id = ?", userId);
		jdbc.update("delete from identity_digest_sent where user_id = ?", userId);
	}

	@Override
	public void assigned(AssignedTask task) {
		if (task.takenByThemselves() || !settings(task.assignee()).assignmentMails()) {
			return;
		}
		User user = calls.run(() -> identity.createUserQuery().userId(task.assignee()).singleResult());
		if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
			return;
		}
		outbox.queue(user.getEmail(), "Neue Aufgabe: " + task.name(), MailOutbox.letter(fullName(user),
				"Ihnen wurde eine Aufgabe zugewiesen:\n\n" + task.name() + (task.due() == null ? "" : "\nfällig am "
						+ GermanDates.format(task.due().toInstant().atZone(GermanDates.ZONE).toLocalDate()))
						+ "\n\nDirekt zur Aufgabe: " + pages.link(task.tasklistPath())
						+ "\n\nDiese Benachrichtigung können Sie in Ihrem Profil abschalten: " + pages.link("/profil")),
				"task-assigned", task.caseReference());
	}

	@Scheduled(cron = "${kommunalpilot.digest.cron:0 0 7 * * MON-FRI}", zone = "Europe/Berlin")
	void sendDigests() {
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		Set<String> users = new LinkedHashSet<>();
		for (String group : List.of(Groups.COORDINATORS, Groups.LEADS)) {
			calls.run(() -> identity.createUserQuery().memberOfGroup(group).list()).forEach(user -> users.add(user.getId()));
		}
		int sent = 0;
		for (String user : users) {
			try {
				sent += Boolean.TRUE.equals(transactions.execute(status -> sendDigest(user, today, Instant.now()))) ? 1 : 0;
			}
			catch (RuntimeException e) {
				log.warn("Could not send the digest to {}", user, e);
			}
		}
		log.info("Daily digest: {} of {} users with new or overdue tasks were told", sent, users.size());
	}

	/** One user's digest of the day, if they want one and there is something in it; whether it was queued. */
	public boolean sendDigest(String userId, LocalDate day, Instant now) {
		if (!settings(userId).digest()) {
			return false;
		}
		User user = calls.run(() -> identity.createUserQuery().userId(userId).singleResult());
		if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
			return false;
		}
		List<String> groups = calls.run(() -> identity.createGroupQuery().groupMember(userId).list()).stream().map(g -> g.getId())
				.filter(g -> g.equals(Groups.COORDINATORS) || g.equals(Groups.LEADS)).toList();
		if (groups.isEmpty()) {
			return false;
		}
		java.util.Date since = java.util.Date.from(now.minus(Duration.ofDays(1)));
		java.util.Date nowDate = java.util.Date.from(now);
		List<Task> fresh = calls.run(() -> tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
				.taskCreatedAfter(since).orderByDueDate().asc().listPage(0, DIGEST_LINES));
		List<Task> overdue = calls.run(() -> tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks()
				.dueBefore(nowDate).orderByDueDate().asc().listPage(0, DIGEST_LINES));
		if (fresh.isEmpty() && overdue.isEmpty()) {
			return false;
		}
		// the day's record first: if it is there already, another instance or an earlier run has sent it
		if (jdbc.update("insert into identity_digest_sent (user_id, day) values (?, ?) on conflict do nothing", userId, Date.valueOf(day)) == 0) {
			return false;
		}
		StringBuilder text = new StringBuilder("Ihre Übersicht vom " + GermanDates.format(day) + ":\n");
		section(text, "Neu seit gestern", fresh);
		section(text, "Überfällig", overdue);
		text.append("\nAlle Aufgaben: ").append(pages.link("/camunda/app/tasklist/default/"))
				.append("\n\nDiese Übersicht können Sie in Ihrem Profil abschalten: ").append(pages.link("/profil"));
		outbox.queue(user.getEmail(), "Ihre Aufgaben am " + GermanDates.format(day) + ": " + fresh.size() + " neu, " + overdue.size()
				+ " überfällig", MailOutbox.letter(fullName(user), text.toString()), "task-digest", null);
		return true;
	}

	private void section(StringBuilder text, String heading, List<Task> list) {
		if (list.isEmpty()) {
			return;
		}
		text.append("\n").append(heading).append(" (").append(list.size() == DIGEST_LINES ? "mindestens " : "").append(list.size())
				.append("):\n");
		List<String> lines = new ArrayList<>();
		for (Task task : list) {
			lines.add("- " + task.getName() + (task.getDueDate() == null ? "" : ", fällig am "
					+ GermanDates.format(task.getDueDate().toInstant().atZone(GermanDates.ZONE).toLocalDate()))
					+ "\n  " + pages.link("/camunda/app/tasklist/default/#/?task=" + task.getId()));
		}
		text.append(String.join("\n", lines)).append("\n");
	}

	static String fullName(User user) {
		String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " " + (user.getLastName() == null ? "" : user.getLastName()))
				.strip();
		return name.isEmpty() ? user.getId() : name;
	}
}
