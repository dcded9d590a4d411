package de.kommunalpilot.funding;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.PersonalData;

/**
 * An expert's fees and travel costs: their consultations to bill, their fee statements and their travel claims. Erasure keeps the money's history — hours,
 * amounts, bookings, the Belegliste reconciles as before — under the pseudonym, with „Gelöschte Person“ for the name
 * (the signed invoice itself is kept by the programme's bookkeeping, as the grant's retention rules require).
 */
@Component
@Order(16)
class FundingPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	FundingPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "honorare";
	}

	@Override
	public Object export(Person person) {
		if (person.userId() == null) {
			return Map.of();
		}
		return Map.of(
				"beratungen", jdbc.queryForList("""
						select held_on as datum, pilot_reference as pilotvorhaben, hours as stunden from funding_consultation
						where expert_user = ? order by held_on""", person.userId()),
				"abrechnungen", jdbc.queryForList("""
						select reference as abrechnung, billing_month as monat, total as betrag, status from funding_fee_statement
						where expert_user = ? order by billing_month""", person.userId()),
				"reisekosten", jdbc.queryForList("""
						select c.reference as abrechnung, c.submitted_on as eingereicht, c.total as betrag, c.status, t.travelled_on as datum,
						t.origin as von, t.destination as nach, t.purpose as anlass, t.case_reference as fall
						from funding_travel_claim c join funding_travel_trip t on t.claim_id = c.id
						where c.expert_user = ? order by c.submitted_on, t.position""", person.userId()));
	}

	@Override
	public void erase(Person person) {
		if (person.userId() != null) {
			jdbc.update("update funding_consultation set expert_user = ? where expert_user = ?", person.pseudonym(), person.userId());
			jdbc.update("update funding_fee_statement set expert_user = ?, expert_name = ? where expert_user = ?", person.pseudonym(),
					Person.ERASED_NAME, person.userId());
			// where the expert travelled from (often their home) is theirs; the trip's day, destination and case stay for the books
			jdbc.update("""
					update funding_travel_trip set origin = '–' where claim_id in (select id from funding_travel_claim where expert_user = ?)""",
					person.userId());
			jdbc.update("update funding_travel_claim set expert_user = ?, expert_name = ? where expert_user = ?", person.pseudonym(),
					Person.ERASED_NAME, person.userId());
		}
		PersonalData.replaceInTexts(jdbc, person.name(), "funding_expenditure.payee", "funding_expenditure.purpose",
				"funding_report.sachbericht");
	}
}
