package de.kommunalpilot.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PostgreSQL advisory locks, the one way nodes on the same database keep out of each other's work: a lock held on a
 * connection goes with that connection, so a node that dies lets go of everything it held.
 */
public final class AdvisoryLocks {

	private AdvisoryLocks() {
	}

	/** A lock of one kind (a 32-bit tag, e.g. „KPGU“) for one thing (its id hashed into the low 32 bits). */
	public static long key(int kind, Object id) {
		return ((long) kind << 32) | (id.hashCode() & 0xffffffffL);
	}

	/** A lock held on a connection of its own until closed. */
	public interface Held extends AutoCloseable {
		@Override
		void close();
	}

	/** Waits for the lock and holds it on a connection of its own, beyond any transaction, until closed. */
	public static Held hold(DataSource dataSource, long key) {
		try {
			Connection connection = dataSource.getConnection();
			try {
				call(connection, "select pg_advisory_lock(?)", key);
			}
			catch (SQLException | RuntimeException e) {
				connection.close();
				throw e;
			}
			return () -> {
				try (connection) {
					call(connection, "select pg_advisory_unlock(?)", key);
				}
				catch (SQLException e) {
					throw new IllegalStateException("The advisory lock " + Long.toHexString(key) + " could not be released", e);
				}
			};
		}
		catch (SQLException e) {
			throw new IllegalStateException("The advisory lock " + Long.toHexString(key) + " could not be taken", e);
		}
	}

	/** Runs the work holding the lock if no other session holds it; empty (and nothing done) if one does. */
	public static <T> Optional<T> ifFree(JdbcTemplate jdbc, long key, Supplier<T> work) {
		return Optional.ofNullable(jdbc.execute((ConnectionCallback<Optional<T>>) connection -> {
			if (!call(connection, "select pg_try_advisory_lock(?)", key)) {
				return Optional.empty();
			}
			try {
				return Optional.ofNullable(work.get());
			}
			finally {
				call(connection, "select pg_advisory_unlock(?)", key);
			}
		})).flatMap(result -> result);
	}

	/** Takes the lock for the rest of the current transaction (which must exist), waiting for it. */
	public static void forTransaction(JdbcTemplate jdbc, long key) {
		jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, key);
	}

	/** Runs a lock function; answers what a pg_try_* function answers, true for the others (void). */
	private static boolean call(Connection connection, String sql, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && !(result.getObject(1) instanceof Boolean got && !got);
			}
		}
	}
}
