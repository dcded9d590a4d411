package de.kommunalpilot.platform;

import java.time.Year;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out case references {@code <prefix>-<year>-<nnnn>} (P for pilots, A for exhibition loans, …):
 * one counter row per prefix and year, incremented in the creating transaction. The row stays locked
 * until that transaction ends, so concurrent creations queue up, and a rolled-back creation gives its
 * number back: the numbers have no gaps.
 */
@Component
public class ReferenceNumbers {

	private final JdbcTemplate jdbc;

	ReferenceNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(String prefix, Year year) {
		Integer number = jdbc.queryForObject("""
				insert into platform_reference_counter (prefix, year, last_value) values (?, ?, 1)
				on conflict (prefix, year) do update set last_value = platform_reference_counter.last_value + 1
				returning last_value
				""", Integer.class, prefix, year.getValue());
		return String.format("%s-%d-%04d", prefix, year.getValue(), number);
	}
}
