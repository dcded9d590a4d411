package de.kommunalpilot.dashboard;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dashboard's figures, each computed once per state of its read model instead of at every request (over all
 * pilots, 1.5 s at 100,000): every write to the read model adds a row to {@code dashboard_change} in its own
 * transaction, and a figure is kept as long as that table's row count and highest id are what they were when it was
 * computed. The check is one query over a table kept short (rows of the last minute) and sees exactly the committed
 * writes, on every node — a figure is never older
 * than the data it is read from, and two nodes need no message to agree. A write committing late (a lower id than one
 * already seen) still changes the count; the removal of old rows adds a row, so it changes the highest id.
 */
@Component
class Figures {

	/** How many figures (kinds times spans) are kept at most; beyond it all are dropped and computed again. */
	static final int KEPT = 512;

	private final JdbcTemplate jdbc;
	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	Figures(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private record Kept(String state, Object value) {
	}

	/** The figure under the key, computed again only when the read model changed since. */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<T> compute) {
		String state = jdbc.queryForObject("select count(*) || ':' || coalesce(max(id), 0) from dashboard_change", String.class);
		Kept figure = kept.get(key);
		if (figure != null && figure.state().equals(state)) {
			return (T) figure.value();
		}
		T value = unmodifiable(compute.get());
		if (kept.size() >= KEPT) {
			kept.clear();
		}
		kept.put(key, new Kept(state, value));
		return value;
	}

	/** A kept figure is shared by every request: its maps and lists cannot be changed. */
	@SuppressWarnings("unchecked")
	private static <T> T unmodifiable(T value) {
		if (value instanceof Map<?, ?> map) {
			return (T) java.util.Collections.unmodifiableMap(map);
		}
		if (value instanceof java.util.List<?> list) {
			return (T) java.util.Collections.unmodifiableList(list);
		}
		return value;
	}

	/** Called in every transaction that writes to the read model; one row per transaction is enough (and a rebuild adds one). */
	void changed() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			if (TransactionSynchronizationManager.hasResource(this)) {
				return;
			}
			TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(Figures.this);
				}
			});
		}
		jdbc.update("insert into dashboard_change default values");
	}

	/** Keeps the change table short (the check counts its rows): rows older than a minute go, which is a change itself. */
	@Scheduled(fixedDelayString = "${kommunalpilot.dashboard.change-cleanup:PT1M}", initialDelayString = "${kommunalpilot.dashboard.change-cleanup:PT1M}")
	@Transactional
	public void removeOld() {
		if (jdbc.update("delete from dashboard_change where at < now() - interval '1 minute'") > 0) {
			changed();
		}
	}
}
