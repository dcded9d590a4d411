package de.kommunalpilot.dashboard;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.pilots.PhaseChange;
import de.kommunalpilot.pilots.Pilots;

/**
 * Fills the dashboard's tables from the pilots themselves when they know fewer pilots than exist (a
 * database from before the dashboard, or a lost read model). The events keep them current afterwards.
 */
@Component
class ReadModelRebuild {

	private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

	private final JdbcTemplate jdbc;
	private final Pilots pilots;
	private final PilotReadModel model;
	private final TransactionTemplate transactions;

	ReadModelRebuild(JdbcTemplate jdbc, Pilots pilots, PilotReadModel model, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.pilots = pilots;
		this.model = model;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(20)
	void rebuildWhenBehind() {
		Long known = jdbc.queryForObject("select count(*) from dashboard_pilot", Long.class);
		if (known != null && known < pilots.count()) {
			rebuild();
		}
	}

	void rebuild() {
		transactions.executeWithoutResult(status -> {
			List<Integer> written = pilots.readAll(pilot -> {
				model.pilot(pilot.id().value(), pilot.reference(), pilot.municipalityName(), pilot.districtKey(),
						pilot.createdAt());
				List<PhaseChange> history = pilot.phaseHistory();
				for (int sequence = 0; sequence < history.size(); sequence++) {
					model.phase(pilot.id().value(), history.get(sequence).phase(), sequence, history.get(sequence).changedAt());
				}
				model.sdgs(pilot.id().value(), pilot.sdgs());
				pilot.consultations().forEach(c -> model.consultation(c.id(), pilot.id().value(),
						c.expertUser(), c.heldOn(), c.hours()));
				return 1;
			});
			log.info("Dashboard read model filled from {} pilots", written.size());
		});
	}
}
