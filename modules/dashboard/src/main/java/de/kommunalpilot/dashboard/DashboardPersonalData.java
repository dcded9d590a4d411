package de.kommunalpilot.dashboard;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.PersonalData;

/** The read model keeps consultations by login; erasure replaces it by the pseudonym (the hours stay), in the kept figures too. */
@Component
@Order(15)
class DashboardPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;
	private final Figures figures;

	DashboardPersonalData(JdbcTemplate jdbc, Figures figures) {
		this.jdbc = jdbc;
		this.figures = figures;
	}

	@Override
	public String section() {
		return "kennzahlen";
	}

	@Override
	public Object export(Person person) {
		return person.userId() == null ? java.util.List.of()
				: jdbc.queryForList("select held_on as datum, hours as stunden from dashboard_consultation where expert_user = ? order by held_on",
						person.userId());
	}

	@Override
	public void erase(Person person) {
		if (person.userId() != null) {
			jdbc.update("update dashboard_consultation set expert_user = ? where expert_user = ?", person.pseudonym(), person.userId());
			// figures kept with the login (hours per expert) are computed again, so no copy of it stays in memory
			figures.changed();
		}
	}
}
