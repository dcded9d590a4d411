package de.kommunalpilot.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.AdvisoryLocks;

/** The guide's compilation runs; progress is written outside any transaction so the page sees it at once. */
@Component
class GuideRuns {

	private final JdbcTemplate jdbc;

	GuideRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void create(UUID id, String by) {
		jdbc.update("""
				insert into documents_guide_run (id, status, step, total_steps, message, requested_by, started_at)
				values (?, 'RUNNING', 0, 1, 'Die Erstellung beginnt …', ?, ?)
				""", id, by, Timestamp.from(Instant.now()));
	}

	void progress(UUID id, int step, int total, String message) {
		jdbc.update("update documents_guide_run set step = ?, total_steps = ?, message = ? where id = ?", step, total, message, id);
	}

	void done(UUID id, UUID documentId) {
		jdbc.update("""
				update documents_guide_run set status = 'DONE', step = total_steps, message = 'Fertig.', document_id = ?, finished_at = ?
				where id = ?
				""", documentId, Timestamp.from(Instant.now()), id);
	}

	/** The run's edition was removed (erasure): the run stays as a record, without its file. */
	void editionRemoved(UUID documentId) {
		jdbc.update("update documents_guide_run set document_id = null, message = 'Ausgabe wegen einer Löschung ersetzt.' where document_id = ?",
				documentId);
	}

	void failed(UUID id, String message) {
		jdbc.update("update documents_guide_run set status = 'FAILED', message = ?, finished_at = ? where id = ?",
				message.length() > 300 ? message.substring(0, 300) : message, Timestamp.from(Instant.now()), id);
	}

	/**
	 * Held on a connection of its own while the run is compiled, so that any node can tell a run that is still working
	 * on another node from one whose node died: the lock goes with the dead node's connection.
	 */
	AdvisoryLocks.Held hold(UUID id) {
		return AdvisoryLocks.hold(Objects.requireNonNull(jdbc.getDataSource()), AdvisoryLocks.key(Guide.RUN_LOCK_KIND, id));
	}

	/**
	 * Runs whose node was stopped or died: they end as failed, so the page offers a new run. A run still compiled by
	 * another node (its lock held) is left alone.
	 */
	int failInterrupted() {
		int failed = 0;
		for (UUID id : jdbc.queryForList("select id from documents_guide_run where status = 'RUNNING'", UUID.class)) {
			failed += AdvisoryLocks.ifFree(jdbc, AdvisoryLocks.key(Guide.RUN_LOCK_KIND, id), () -> jdbc.update("""
					update documents_guide_run set status = 'FAILED', message = 'Durch einen Neustart unterbrochen.', finished_at = ?
					where id = ? and status = 'RUNNING'
					""", Timestamp.from(Instant.now()), id)).orElse(0);
		}
		return failed;
	}

	Optional<GuideRun> find(UUID id) {
		return jdbc.query("select * from documents_guide_run where id = ?", GuideRuns::run, id).stream().findFirst();
	}

	Optional<GuideRun> running() {
		return jdbc.query("select * from documents_guide_run where status = 'RUNNING' order by started_at desc limit 1", GuideRuns::run)
				.stream().findFirst();
	}

	List<GuideRun> recent(int limit) {
		return jdbc.query("select * from documents_guide_run order by started_at desc limit ?", GuideRuns::run, limit);
	}

	static GuideRun run(ResultSet rs, int row) throws SQLException {
		return new GuideRun(rs.getObject("id", UUID.class), rs.getString("status"), rs.getInt("step"), rs.getInt("total_steps"),
				rs.getString("message"), rs.getObject("document_id", UUID.class), rs.getString("requested_by"),
				rs.getTimestamp("started_at").toInstant(),
				rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant());
	}
}
