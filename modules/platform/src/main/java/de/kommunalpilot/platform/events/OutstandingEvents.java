package de.kommunalpilot.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.AdvisoryLocks;

/**
 * Events whose listener did not finish (the node died, the listener failed) are delivered again — by one node at a time
 * (a PostgreSQL advisory lock; another node skips the round) and only once they are older than
 * {@code kommunalpilot.events.staleness} (5 minutes), so a node never takes over what another is still handling.
 * This replaces Spring Modulith's republication at every start, which with two nodes would deliver the running
 * node's events a second time.
 */
@Component
public class OutstandingEvents {

	private static final Logger log = LoggerFactory.getLogger(OutstandingEvents.class);

	/** „KPEVENTS“. */
	static final long KEY = 0x4b504556454e5453L;

	private final IncompleteEventPublications incomplete;
	private final JdbcTemplate jdbc;
	private final Duration staleness;

	OutstandingEvents(IncompleteEventPublications incomplete, JdbcTemplate jdbc,
			@Value("${kommunalpilot.events.staleness:PT5M}") Duration staleness) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.staleness = staleness;
	}

	@Scheduled(fixedDelayString = "${kommunalpilot.events.resubmit-interval:PT1M}", initialDelayString = "${kommunalpilot.events.resubmit-interval:PT1M}")
	void scheduled() {
		resubmit();
	}

	/** Resubmits the stale incomplete publications if no other node is doing so; returns whether this node did. */
	public boolean resubmit() {
		boolean done = AdvisoryLocks.ifFree(jdbc, KEY, () -> {
			incomplete.resubmitIncompletePublicationsOlderThan(staleness);
			return true;
		}).isPresent();
		if (done) {
			log.debug("Resubmitted incomplete event publications older than {}", staleness);
		}
		return done;
	}
}
