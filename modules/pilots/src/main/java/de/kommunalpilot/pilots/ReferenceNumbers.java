package de.kommunalpilot.pilots;

import java.time.Year;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out pilot references {@code P-<year>-<nnnn>}: one counter row per year, incremented in the
 * creating transaction. The row stays locked until that transaction ends, so concurrent creations
 * queue up, and a rolled-back creation gives its number back: the numbers have no gaps.
 */
@Component
class ReferenceNumbers {

	private final JdbcTemplate jdbc;

	ReferenceNumbers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(Year year) {
		Integer number = jdbc.queryForObject("""
				insert into pilot_reference_counter (year, last_value) values (?, 1)
				on conflict (year) do update set last_value = pilot_reference_counter.last_value + 1
				returning last_value
				""", Integer.class, year.getValue());
		return String.format("P-%d-%04d", year.getValue(), number);
	}
}
