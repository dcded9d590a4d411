package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The indexes the engine lacks for how the app reads its tasks are there after the start, and the lookups use them: a
 * completion's search for sub-tasks, the dashboard's overdue tasks.
 */
@IntegrationTest
class EngineIndexesIntegrationTests {

	@Autowired JdbcTemplate jdbc;

	@Test
	void subTasksAreFoundByIndex() {
		assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = 'kp_idx_ru_task_parent'",
				String.class)).singleElement().asString().contains("parent_task_id_");
		assertThat(plan("select * from act_ru_task where parent_task_id_ = 'x'")).contains("kp_idx_ru_task_parent");
	}

	@Test
	void overdueTasksAreFoundByIndex() {
		assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = 'kp_idx_ru_task_due'",
				String.class)).singleElement().asString().contains("due_date_");
		assertThat(plan("select id_ from act_ru_task where due_date_ < now() and suspension_state_ = 1")).contains("kp_idx_ru_task_due");
	}

	/** The plan on one connection, the planner told to avoid scanning, as it would on a large table. */
	private String plan(String query) {
		return jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set enable_seqscan = off");
				StringBuilder lines = new StringBuilder();
				try (var rows = statement.executeQuery("explain " + query)) {
					while (rows.next()) {
						lines.append(rows.getString(1)).append('\n');
					}
				}
				statement.execute("reset enable_seqscan");
				return lines.toString();
			}
		});
	}
}
