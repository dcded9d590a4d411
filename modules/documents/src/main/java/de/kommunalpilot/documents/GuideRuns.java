package de.kommunalpilot.documents;

import java.sql.Connection;
import java.sql.PreparedStatement;
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

/** The guide's compilation runs; progress is written outside any transaction so the page sees it at once. */
@Component
class GuideRuns {

	/** „KPGU“: the class of the runs' advisory locks, the run's id the object. */
	static final int LOCK_CLASS = 0x4b504755;

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
	 * Held on a connection of its own while the run is compiled (a PostgreSQL advisory lock keyed by the run), so that
	 * any node can tell a run that is still working on another node from one whose node died: the lock goes with the
	 * dead node's connection.
	 */
	AutoCloseable hold(UUID id) {
		try {
			Connection connection = Objects.requireNonNull(jdbc.getDataSource()).getConnection();
			lock(connection, "select pg_advisory_lock(?, ?)", id);
			return () -> {
				try (connection) {
					lock(connection, "select pg_advisory_unlock(?, ?)", id);
				}
			};
		}
		catch (SQLException e) {
			throw new IllegalStateException("The guide's run could not be marked as running", e);
		}
	}

	/**
	 * Runs whose node was stopped or died: they end as failed, so the page offers a new run. A run still compiled by
	 * another node (its lock held) is left alone.
	 */
	int failInterrupted() {
		int failed = 0;
		for (UUID id : jdbc.queryForList("select id from documents_guide_run where status = 'RUNNING'", UUID.class)) {
			Boolean abandoned = jdbc.execute((Connection connection) -> {
				if (!lock(connection, "select pg_try_advisory_lock(?, ?)", id)) {
					return false;
				}
				lock(connection, "select pg_advisory_unlock(?, ?)", id);
				return true;
			});
			if (Boolean.TRUE.equals(abandoned)) {
				failed += jdbc.update("""
						update documents_guide_run set status = 'FAILED', message = 'Durch einen Neustart unterbrochen.', finished_at = ?
						where id = ? and status = 'RUNNING'
						""", Timestamp.from(Instant.now()), id);
			}
		}
		return failed;
	}

	private static boolean lock(Connection connection, String sql, UUID id) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, LOCK_CLASS);
			statement.setInt(2, id.hashCode());
			try (ResultSet result = statement.executeQuery()) {
				// pg_try_advisory_lock answers whether it got the lock; the others answer void (true: done)
				return result.next() && !(result.getObject(1) instanceof Boolean got && !got);
			}
		}
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
