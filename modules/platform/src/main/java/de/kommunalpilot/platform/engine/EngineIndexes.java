package de.kommunalpilot.platform.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for how this app uses it, created once the engine has made its tables: every task
 * completion looks for sub-tasks by {@code PARENT_TASK_ID_}, which Camunda 7 does not index (a scan of all open tasks
 * per completion), and the dashboard counts overdue tasks by {@code DUE_DATE_} (a scan of all open tasks per request
 * otherwise). Idempotent, so each node of a cluster may run it at start.
 */
@Component
class EngineIndexes {

	private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

	static final String PARENT_TASK = "create index if not exists kp_idx_ru_task_parent on act_ru_task (parent_task_id_)";
	static final String DUE_TASK = "create index if not exists kp_idx_ru_task_due on act_ru_task (due_date_) where due_date_ is not null";

	private final JdbcTemplate jdbc;

	EngineIndexes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void create() {
		for (String index : java.util.List.of(PARENT_TASK, DUE_TASK)) {
			try {
				jdbc.execute(index);
			}
			catch (DataAccessException e) {
				// another node created it at the same moment: it exists
				log.info("Engine index not created here ({}); another node has it: {}", e.getMostSpecificCause().getMessage(), index);
			}
		}
	}
}
