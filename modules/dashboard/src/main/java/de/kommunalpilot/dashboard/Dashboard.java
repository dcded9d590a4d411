package de.kommunalpilot.dashboard;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.pilots.PilotPhase;

/**
 * Key figures of the programme for the leads, read from the dashboard's own tables.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	private final JdbcTemplate jdbc;

	Dashboard(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Number of pilots per phase, every phase listed. */
	public Map<PilotPhase, Long> pilotsPerPhase() {
		Map<PilotPhase, Long> counts = new LinkedHashMap<>();
		for (PilotPhase phase : PilotPhase.values()) {
			counts.put(phase, 0L);
		}
		jdbc.query("select phase, count(*) from dashboard_pilot group by phase",
				(rs) -> {
					counts.put(PilotPhase.valueOf(rs.getString(1)), rs.getLong(2));
				});
		return counts;
	}

	/** The phase the dashboard knows for a pilot. */
	public Optional<PilotPhase> phaseOf(String reference) {
		return jdbc.query("select phase from dashboard_pilot where reference = ?",
				(rs, row) -> PilotPhase.valueOf(rs.getString(1)), reference).stream().findFirst();
	}

	/** Consultation hours per expert user. */
	public Map<String, BigDecimal> hoursPerExpert() {
		Map<String, BigDecimal> hours = new LinkedHashMap<>();
		jdbc.query("select expert_user, sum(hours) from dashboard_consultation group by expert_user order by expert_user",
				(rs) -> {
					hours.put(rs.getString(1), rs.getBigDecimal(2));
				});
		return hours;
	}
}
