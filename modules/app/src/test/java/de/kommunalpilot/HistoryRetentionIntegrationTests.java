package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.platform.retention.NightlyRetention;

/**
 * Retention runs: the engine's history cleanup has a nightly window, and a finished process whose time
 * to live has passed is removed by it; old mails and spent links are removed every night.
 */
@IntegrationTest
class HistoryRetentionIntegrationTests {

	@Autowired RuntimeService runtimeService;
	@Autowired TaskService taskService;
	@Autowired HistoryService historyService;
	@Autowired ProcessEngineConfigurationImpl configuration;
	@Autowired JdbcTemplate jdbc;

	@Test
	void cleansUpTheHistoryOfFinishedProcessesPastTheirTimeToLiveInANightlyWindow() {
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");

		String expired = "RET-" + UUID.randomUUID();
		String kept = "RET-" + UUID.randomUUID();
		for (String businessKey : List.of(expired, kept)) {
			runtimeService.startProcessInstanceByKey("foundation-check", businessKey);
			taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(businessKey).singleResult().getId(),
					java.util.Map.of("confirmed", true));
		}
		// the time to live (30 days) of the first has passed; every history row of it carries its removal time
		String instance = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(expired).singleResult().getId();
		for (String table : jdbc.queryForList("""
				select c.table_name from information_schema.columns c join information_schema.columns r
				  on r.table_name = c.table_name and r.table_schema = c.table_schema and r.column_name = 'root_proc_inst_id_'
				where c.column_name = 'removal_time_' and c.table_name like 'act_hi_%' and c.table_schema = current_schema()""", String.class)) {
			jdbc.update("update " + table + " set removal_time_ = now() - interval '1 day' where root_proc_inst_id_ = ?", instance);
		}

		// now rather than in the night: the job executor runs the cleanup job
		historyService.cleanUpHistoryAsync(true);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
				.until(() -> historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(expired).count() == 0);

		assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(kept).count()).isOne();
	}

	@Autowired NightlyRetention retention;

	@Test
	void removesOldMailsAndUsedOrExpiredLinksEveryNight() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		UUID pending = UUID.randomUUID();
		for (Object[] mail : List.of(new Object[] { old, "SENT", 800 }, new Object[] { recent, "SENT", 10 }, new Object[] { pending, "PENDING", 800 })) {
			jdbc.update("""
					insert into platform_mail_outbox (id, recipient, subject, body, category, status, created_at)
					values (?, 'a@example.org', 'Betreff', 'Text', 'test', ?, now() - make_interval(days => ?))""", mail);
		}
		jdbc.update("insert into platform_mail_attachment (mail_id, position, file_name, media_type, content) values (?, 0, 'a.pdf', 'application/pdf', ''::bytea)", old);
		String usedLongAgo = "a".repeat(64);
		String valid = "b".repeat(64);
		jdbc.update("""
				insert into platform_single_use_token (token_hash, purpose, subject, created_at, expires_at, used_at) values
				(?, 'test', 's', now() - interval '90 days', now() - interval '60 days', now() - interval '89 days'),
				(?, 'test', 's', now(), now() + interval '30 days', null)""", usedLongAgo, valid);

		retention.removeExpired();

		assertThat(jdbc.queryForList("select id from platform_mail_outbox where id in (?, ?, ?)", UUID.class, old, recent, pending))
				.containsExactlyInAnyOrder(recent, pending);
		assertThat(jdbc.queryForObject("select count(*) from platform_mail_attachment where mail_id = ?", Integer.class, old)).isZero();
		assertThat(jdbc.queryForList("select token_hash from platform_single_use_token where token_hash in (?, ?)", String.class, usedLongAgo, valid))
				.containsExactly(valid);
		jdbc.update("delete from platform_mail_outbox where id in (?, ?)", recent, pending);
		jdbc.update("delete from platform_single_use_token where token_hash = ?", valid);
	}
}
