package de.kommunalpilot.funding;

import java.util.Map;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.PersonalData;

/**
 * An expert's fees: their consultations to bill and their fee statements. Erasure keeps the money's history — hours,
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
						where expert_user = ? order by billing_month""", person.userId()));
	}

	@Override
	public void erase(Person person) {
		if (person.userId() != null) {
			jdbc.update("update funding_consultation set expert_user = ? where expert_user = ?", person.pseudonym(), person.userId());
			jdbc.update("update funding_fee_statement set expert_user = ?, expert_name = ? where expert_user = ?", person.pseudonym(),
					Person.ERASED_NAME, person.userId());
		}
		PersonalData.replaceInTexts(jdbc, person.name(), "funding_expenditure.payee", "funding_expenditure.purpose");
	}
}
