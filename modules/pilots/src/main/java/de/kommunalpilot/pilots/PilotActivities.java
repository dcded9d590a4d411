package de.kommunalpilot.pilots;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.municipalities.Municipality;
import de.kommunalpilot.municipalities.MunicipalityActivities;
import de.kommunalpilot.platform.GermanDates;

/** A municipality's pilots, for its page, the list's filter „mit Pilotvorhaben“ and the map (coloured by phase). */
@Component
@Order(1)
class PilotActivities implements MunicipalityActivities {

	private final PilotRepository pilots;

	PilotActivities(PilotRepository pilots) {
		this.pilots = pilots;
	}

	@Override
	public String heading() {
		return "Pilotvorhaben";
	}

	@Override
	public boolean onMap() {
		return true;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Activity> of(Municipality municipality) {
		return pilots.findByMunicipalityIdOrderByCreatedAtDesc(municipality.id().value()).stream()
				.map(p -> new Activity(p.reference(), p.title(), p.phase().label(), p.createdAt().atZone(GermanDates.ZONE).toLocalDate(),
						"/pilotvorhaben/" + p.reference(), p.sdgs()))
				.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, Summary> summary() {
		Map<UUID, List<Object[]>> byMunicipality = new HashMap<>();
		for (Object[] row : pilots.phasesByMunicipality()) {
			byMunicipality.computeIfAbsent((UUID) row[0], id -> new java.util.ArrayList<>()).add(row);
		}
		Map<UUID, Summary> summary = new HashMap<>();
		byMunicipality.forEach((id, rows) -> {
			Object[] newest = rows.stream().max(Comparator.comparing(row -> (java.time.Instant) row[2])).orElseThrow();
			PilotPhase phase = (PilotPhase) newest[1];
			summary.put(id, new Summary(rows.size(), phase.label(), colour(phase)));
		});
		return summary;
	}

	/** The map's colour for a phase: under way, closed successfully, ended without a result. */
	static String colour(PilotPhase phase) {
		if (phase == PilotPhase.COMPLETED) {
			return "done";
		}
		return phase.isClosed() ? "ended" : "running";
	}
}
