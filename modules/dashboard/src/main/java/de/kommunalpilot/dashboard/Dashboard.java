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

	static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");

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
		jdbc.query("select phase, count(*) from dashboard_pilot_phase group by phase",
				(rs) -> {
					counts.put(PilotPhase.valueOf(rs.getString(1)), rs.getLong(2));
				});
		return counts;
	}

	/** The phase the dashboard knows for a pilot. */
	public Optional<PilotPhase> phaseOf(String reference) {
		return jdbc.query("select p.phase from dashboard_pilot_phase p join dashboard_pilot d on d.pilot_id = p.pilot_id where d.reference = ?",
				(rs, row) -> PilotPhase.valueOf(rs.getString(1)), reference).stream().findFirst();
	}

	/** Pilots per district key, most first. */
	public Map<String, Long> pilotsPerDistrict() {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.query("select district_key, count(*) from dashboard_pilot group by district_key order by count(*) desc, district_key",
				(rs) -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		return counts;
	}

	/** Pilots per SDG 1 to 17 (a pilot counts for each SDG it addresses). */
	public Map<Integer, Long> pilotsPerSdg() {
		Map<Integer, Long> counts = new LinkedHashMap<>();
		for (int sdg = 1; sdg <= 17; sdg++) {
			counts.put(sdg, 0L);
		}
		jdbc.query("select sdg, count(*) from dashboard_pilot_sdg group by sdg", (rs) -> {
			counts.put(rs.getInt(1), rs.getLong(2));
		});
		return counts;
	}

	/** Enquiries (new pilots) per month of the last twelve months, oldest first. */
	public Map<java.time.YearMonth, Long> enquiriesPerMonth() {
		java.time.YearMonth now = java.time.YearMonth.now(BERLIN);
		Map<java.time.YearMonth, Long> counts = new LinkedHashMap<>();
		for (int back = 11; back >= 0; back--) {
			counts.put(now.minusMonths(back), 0L);
		}
		jdbc.query("""
				select to_char(created_at at time zone 'Europe/Berlin', 'YYYY-MM'), count(*) from dashboard_pilot
				where created_at >= ? group by 1
				""", (rs, row) -> Map.entry(java.time.YearMonth.parse(rs.getString(1)), rs.getLong(2)),
				java.sql.Timestamp.from(now.minusMonths(11).atDay(1).atStartOfDay(BERLIN).toInstant()))
				.forEach(entry -> counts.computeIfPresent(entry.getKey(), (month, zero) -> entry.getValue()));
		return counts;
	}

	/** Median and 90th percentile of the days pilots spent in each phase they have left. */
	public Map<PilotPhase, CycleTime> cycleTimes() {
		Map<PilotPhase, CycleTime> times = new LinkedHashMap<>();
		jdbc.query("""
				select phase, count(*),
				       percentile_cont(0.5) within group (order by extract(epoch from left_at - entered_at)) / 86400,
				       percentile_cont(0.9) within group (order by extract(epoch from left_at - entered_at)) / 86400
				from (select phase, entered_at,
				             lead(entered_at) over (partition by pilot_id order by sequence) as left_at
				      from dashboard_phase_visit) visits
				where left_at is not null group by phase
				""", (rs) -> {
					times.put(PilotPhase.valueOf(rs.getString(1)), new CycleTime(rs.getLong(2), rs.getDouble(3), rs.getDouble(4)));
				});
		Map<PilotPhase, CycleTime> ordered = new LinkedHashMap<>();
		PilotPhase.course().stream().filter(times::containsKey).forEach(phase -> ordered.put(phase, times.get(phase)));
		return ordered;
	}

	/** Consultation hours per month and expert user, newest month first. */
	public java.util.List<MonthlyHours> hoursPerMonth() {
		return jdbc.query("""
				select to_char(held_on, 'YYYY-MM'), expert_user, sum(hours) from dashboard_consultation
				group by 1, 2 order by 1 desc, 2
				""", (rs, row) -> new MonthlyHours(java.time.YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getBigDecimal(3)));
	}

	public record CycleTime(long pilots, double medianDays, double p90Days) {
	}

	public record MonthlyHours(java.time.YearMonth month, String expertUser, BigDecimal hours) {
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
