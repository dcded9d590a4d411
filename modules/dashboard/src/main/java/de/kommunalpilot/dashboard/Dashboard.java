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
 * Key figures of the programme for the leads, read from the dashboard's own tables; each figure is computed once per
 * state of the read model ({@link Figures}), not at every request.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

	static final java.time.ZoneId BERLIN = java.time.ZoneId.of("Europe/Berlin");

	private final JdbcTemplate jdbc;
	private final Figures figures;

	Dashboard(JdbcTemplate jdbc, Figures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	/**
	 * A time span the figures are counted in — a funding period, a year, a quarter — or all time. A pilot counts in it
	 * when it was open at some point of it: created before its end, and not closed (completed, declined, cancelled)
	 * before its start.
	 *
	 * @param from first instant, inclusive
	 * @param until first instant after it
	 */
	public record Range(java.time.Instant from, java.time.Instant until, String label) {

		public static final Range ALL = new Range(java.time.Instant.parse("1970-01-01T00:00:00Z"), java.time.Instant.parse("9999-01-01T00:00:00Z"),
				"gesamt");

		/** The days from {@code first} to {@code last}, both included, in German time. */
		public static Range of(java.time.LocalDate first, java.time.LocalDate last, String label) {
			return new Range(first.atStartOfDay(BERLIN).toInstant(), last.plusDays(1).atStartOfDay(BERLIN).toInstant(), label);
		}

		public boolean all() {
			return this.equals(ALL);
		}

		java.sql.Timestamp start() {
			return java.sql.Timestamp.from(from);
		}

		java.sql.Timestamp end() {
			return java.sql.Timestamp.from(until);
		}

		java.time.LocalDate firstDay() {
			return from.atZone(BERLIN).toLocalDate();
		}

		java.time.LocalDate lastDay() {
			return until.atZone(BERLIN).toLocalDate().minusDays(1);
		}
	}

	/** The pilots open at some point of the range (see {@link Range}), as a condition on {@code d}, {@code ph}; two parameters. */
	static final String OPEN_IN_RANGE = " d.created_at < ? and not (ph.phase in ('COMPLETED', 'DECLINED', 'CANCELLED') and ph.since < ?)";

	/** Number of pilots per phase, every phase listed. */
	public Map<PilotPhase, Long> pilotsPerPhase() {
		return pilotsPerPhase(Range.ALL);
	}

	/** Number of pilots open in the range per phase they are in now, every phase listed. */
	public Map<PilotPhase, Long> pilotsPerPhase(Range range) {
		return figures.get("phases " + range, () -> {
			Map<PilotPhase, Long> counts = new LinkedHashMap<>();
			for (PilotPhase phase : PilotPhase.values()) {
				counts.put(phase, 0L);
			}
			jdbc.query("select ph.phase, count(*) from dashboard_pilot_phase ph join dashboard_pilot d on d.pilot_id = ph.pilot_id where "
					+ OPEN_IN_RANGE + " group by ph.phase", (rs) -> {
						counts.put(PilotPhase.valueOf(rs.getString(1)), rs.getLong(2));
					}, range.end(), range.start());
			return counts;
		});
	}

	/** The programme's key figures in the range, as the funder asks for them. */
	public Totals totals(Range range) {
		return figures.get("totals " + range, () -> {
			return jdbc.queryForObject("""
					select count(*), count(distinct d.municipality), count(*) filter (where d.created_at >= ? and d.created_at < ?),
					       count(*) filter (where ph.phase = 'COMPLETED' and ph.since >= ? and ph.since < ?)
					from dashboard_pilot d join dashboard_pilot_phase ph on ph.pilot_id = d.pilot_id where """ + OPEN_IN_RANGE,
					(rs, row) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), hours(range), experts(range)),
					range.start(), range.end(), range.start(), range.end(), range.end(), range.start());
		});
	}

	private BigDecimal hours(Range range) {
		return jdbc.queryForObject("select coalesce(sum(hours), 0) from dashboard_consultation where held_on between ? and ?", BigDecimal.class,
				range.firstDay(), range.lastDay());
	}

	private long experts(Range range) {
		return jdbc.queryForObject("select count(distinct expert_user) from dashboard_consultation where held_on between ? and ?", Long.class,
				range.firstDay(), range.lastDay());
	}

	/**
	 * @param pilots open at some point of the range
	 * @param municipalities those pilots' municipalities
	 * @param enquiries pilots created in the range
	 * @param completed pilots completed in the range
	 * @param hours consultation hours held in the range
	 * @param experts experts who advised in the range
	 */
	public record Totals(long pilots, long municipalities, long enquiries, long completed, BigDecimal hours, long experts) {
	}

	/** The phase the dashboard knows for a pilot. */
	public Optional<PilotPhase> phaseOf(String reference) {
		return jdbc.query("select p.phase from dashboard_pilot_phase p join dashboard_pilot d on d.pilot_id = p.pilot_id where d.reference = ?",
				(rs, row) -> PilotPhase.valueOf(rs.getString(1)), reference).stream().findFirst();
	}

	/** Pilots per district key, most first. */
	public Map<String, Long> pilotsPerDistrict() {
		return pilotsPerDistrict(Range.ALL);
	}

	/** Pilots open in the range per district key, most first. */
	public Map<String, Long> pilotsPerDistrict(Range range) {
		return figures.get("districts " + range, () -> {
			Map<String, Long> counts = new LinkedHashMap<>();
			jdbc.query("select d.district_key, count(*) from dashboard_pilot d join dashboard_pilot_phase ph on ph.pilot_id = d.pilot_id where "
					+ OPEN_IN_RANGE + " group by d.district_key order by count(*) desc, d.district_key", (rs) -> {
						counts.put(rs.getString(1), rs.getLong(2));
					}, range.end(), range.start());
			return counts;
		});
	}

	/** Pilots per SDG 1 to 17 (a pilot counts for each SDG it addresses). */
	public Map<Integer, Long> pilotsPerSdg() {
		return pilotsPerSdg(Range.ALL);
	}

	/** Pilots open in the range per SDG 1 to 17. */
	public Map<Integer, Long> pilotsPerSdg(Range range) {
		return figures.get("sdgs " + range, () -> {
			Map<Integer, Long> counts = new LinkedHashMap<>();
			for (int sdg = 1; sdg <= 17; sdg++) {
				counts.put(sdg, 0L);
			}
			jdbc.query("""
					select s.sdg, count(*) from dashboard_pilot_sdg s join dashboard_pilot d on d.pilot_id = s.pilot_id
					join dashboard_pilot_phase ph on ph.pilot_id = d.pilot_id where """ + OPEN_IN_RANGE + " group by s.sdg", (rs) -> {
						counts.put(rs.getInt(1), rs.getLong(2));
					}, range.end(), range.start());
			return counts;
		});
	}

	/** Enquiries (new pilots) per month of the last twelve months, oldest first. */
	public Map<java.time.YearMonth, Long> enquiriesPerMonth() {
		return enquiriesPerMonth(Range.ALL);
	}

	/** Enquiries per month of the range up to this month (of the last twelve months for all time), oldest first. */
	public Map<java.time.YearMonth, Long> enquiriesPerMonth(Range range) {
		return figures.get("enquiries " + range + " " + java.time.YearMonth.now(BERLIN), () -> {
			java.time.YearMonth now = java.time.YearMonth.now(BERLIN);
			java.time.YearMonth first = range.all() ? now.minusMonths(11) : java.time.YearMonth.from(range.firstDay());
			java.time.YearMonth last = range.all() || java.time.YearMonth.from(range.lastDay()).isAfter(now) ? now : java.time.YearMonth.from(range.lastDay());
			Map<java.time.YearMonth, Long> counts = new LinkedHashMap<>();
			for (java.time.YearMonth month = first; !month.isAfter(last) && counts.size() < 120; month = month.plusMonths(1)) {
				counts.put(month, 0L);
			}
			jdbc.query("""
					select to_char(created_at at time zone 'Europe/Berlin', 'YYYY-MM'), count(*) from dashboard_pilot
					where created_at >= ? and created_at < ? group by 1
					""", (rs, row) -> Map.entry(java.time.YearMonth.parse(rs.getString(1)), rs.getLong(2)),
					java.sql.Timestamp.from(first.atDay(1).atStartOfDay(BERLIN).toInstant()), range.end())
					.forEach(entry -> counts.computeIfPresent(entry.getKey(), (month, zero) -> entry.getValue()));
			return counts;
		});
	}

	/** Median and 90th percentile of the days pilots spent in each phase they have left. */
	public Map<PilotPhase, CycleTime> cycleTimes() {
		return cycleTimes(Range.ALL);
	}

	/** Median and 90th percentile of the days pilots spent in each phase they left in the range. */
	public Map<PilotPhase, CycleTime> cycleTimes(Range range) {
		return figures.get("cycle times " + range, () -> {
			Map<PilotPhase, CycleTime> times = new LinkedHashMap<>();
			jdbc.query("""
					select phase, count(*),
					       percentile_cont(0.5) within group (order by extract(epoch from left_at - entered_at)) / 86400,
					       percentile_cont(0.9) within group (order by extract(epoch from left_at - entered_at)) / 86400
					from dashboard_phase_visit where left_at >= ? and left_at < ? group by phase
					""", (rs) -> {
						times.put(PilotPhase.valueOf(rs.getString(1)), new CycleTime(rs.getLong(2), rs.getDouble(3), rs.getDouble(4)));
					}, range.start(), range.end());
			Map<PilotPhase, CycleTime> ordered = new LinkedHashMap<>();
			PilotPhase.course().stream().filter(times::containsKey).forEach(phase -> ordered.put(phase, times.get(phase)));
			return ordered;
		});
	}

	/** Consultation hours per month and expert user, newest month first. */
	public java.util.List<MonthlyHours> hoursPerMonth() {
		return hoursPerMonth(Range.ALL);
	}

	/** Consultation hours held in the range per month and expert user, newest month first. */
	public java.util.List<MonthlyHours> hoursPerMonth(Range range) {
		return figures.get("hours " + range, () -> {
			return jdbc.query("""
					select to_char(held_on, 'YYYY-MM'), expert_user, sum(hours) from dashboard_consultation
					where held_on between ? and ? group by 1, 2 order by 1 desc, 2
					""", (rs, row) -> new MonthlyHours(java.time.YearMonth.parse(rs.getString(1)), rs.getString(2), rs.getBigDecimal(3)),
					range.firstDay(), range.lastDay());
		});
	}

	public record CycleTime(long pilots, double medianDays, double p90Days) {
	}

	public record MonthlyHours(java.time.YearMonth month, String expertUser, BigDecimal hours) {
	}

	/** The first year a pilot was created in (this year when there is none): where the year choice begins. */
	public int firstYear() {
		Integer year = jdbc.queryForObject("select extract(year from min(created_at) at time zone 'Europe/Berlin')::int from dashboard_pilot",
				Integer.class);
		return year == null ? java.time.Year.now(BERLIN).getValue() : year;
	}

	/** Consultation hours per expert user. */
	public Map<String, BigDecimal> hoursPerExpert() {
		return figures.get("hours per expert", () -> {
			Map<String, BigDecimal> hours = new LinkedHashMap<>();
			jdbc.query("select expert_user, sum(hours) from dashboard_consultation group by expert_user order by expert_user",
					(rs) -> {
						hours.put(rs.getString(1), rs.getBigDecimal(2));
					});
			return hours;
		});
	}
}
