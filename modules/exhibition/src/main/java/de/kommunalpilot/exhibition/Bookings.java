package de.kommunalpilot.exhibition;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.ConflictException;

/**
 * The periods kits are away, as PostgreSQL date ranges under an exclusion constraint: whatever the
 * application checked before, the database accepts no second booking of a kit for an overlapping period.
 */
@Component
class Bookings {

	static final String EXCLUSION_VIOLATION = "23P01";

	private final JdbcTemplate jdbc;

	Bookings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Books the kit for the blocked period (both days included); a conflicting booking gives a 409. */
	void book(UUID loanId, UUID kitId, LocalDate blockedFrom, LocalDate blockedUntil) {
		try {
			jdbc.update("insert into exhibition_booking (loan_id, kit_id, blocked) values (?, ?, daterange(?, ?, '[]'))", loanId,
					kitId, Date.valueOf(blockedFrom), Date.valueOf(blockedUntil));
		}
		catch (DataIntegrityViolationException e) {
			if (e.getMostSpecificCause() instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				throw new ConflictException("Das Ausstellungsset ist in diesem Zeitraum soeben anderweitig gebucht worden. "
						+ "Bitte wählen Sie einen anderen Zeitraum.");
			}
			throw e;
		}
	}

	void release(UUID loanId) {
		jdbc.update("delete from exhibition_booking where loan_id = ?", loanId);
	}

	/** The bookings that overlap the period (both days included), of all kits. */
	List<Booking> overlapping(LocalDate from, LocalDate until) {
		return jdbc.query("""
				select loan_id, kit_id, lower(blocked) as blocked_from, upper(blocked) - 1 as blocked_until
				from exhibition_booking where blocked && daterange(?, ?, '[]') order by lower(blocked)
				""", (rs, row) -> new Booking(rs.getObject("loan_id", UUID.class), rs.getObject("kit_id", UUID.class),
				rs.getDate("blocked_from").toLocalDate(), rs.getDate("blocked_until").toLocalDate()), Date.valueOf(from),
				Date.valueOf(until));
	}

	record Booking(UUID loanId, UUID kitId, LocalDate blockedFrom, LocalDate blockedUntil) {

		boolean overlaps(UUID kit, LocalDate from, LocalDate until) {
			return kitId.equals(kit) && !blockedFrom.isAfter(until) && !blockedUntil.isBefore(from);
		}
	}
}
