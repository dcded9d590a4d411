package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The index the engine lacks for finding a task's sub-tasks is there after the start, and a completion's lookup uses it. */
@IntegrationTest
class EngineIndexesIntegrationTests {

	@Autowired JdbcTemplate jdbc;

	@Test
	void subTasksAreFoundByIndex() {
		assertThat(jdbc.queryForList("select indexdef from pg_indexes where tablename = 'act_ru_task' and indexname = 'kp_idx_ru_task_parent'",
				String.class)).singleElement().asString().contains("parent_task_id_");
		// on one connection: the planner told to avoid scanning, as it would on a large table
		String plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) connection -> {
			try (var statement = connection.createStatement()) {
				statement.execute("set enable_seqscan = off");
				StringBuilder lines = new StringBuilder();
				try (var rows = statement.executeQuery("explain select * from act_ru_task where parent_task_id_ = 'x'")) {
					while (rows.next()) {
						lines.append(rows.getString(1)).append('\n');
					}
				}
				statement.execute("reset enable_seqscan");
				return lines.toString();
			}
		});
		assertThat(plan).contains("kp_idx_ru_task_parent");
	}
}
