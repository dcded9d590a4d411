package de.kommunalpilot.exhibition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.municipalities.Municipality;
import de.kommunalpilot.municipalities.MunicipalityActivities;

/** A municipality's loans of the exhibition, for its page. */
@Component
@Order(2)
class LoanActivities implements MunicipalityActivities {

	private final Loans loans;

	LoanActivities(Loans loans) {
		this.loans = loans;
	}

	@Override
	public String heading() {
		return "Ausleihen der Wanderausstellung";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Activity> of(Municipality municipality) {
		return loans.findByMunicipalityIdOrderByCreatedAtDesc(municipality.id().value()).stream()
				.map(loan -> new Activity(loan.reference(), loan.venue(), loan.status().label(), loan.requestedFrom(),
						"/ausstellung/" + loan.reference(), Set.of()))
				.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Summary> summary() {
		Map<UUID, Summary> summary = new HashMap<>();
		for (Object[] row : loans.countsByMunicipality()) {
			summary.put((UUID) row[0], new Summary(((Number) row[1]).intValue(), "Ausleihe", "loan"));
		}
		return summary;
	}
}
