package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.events.OutstandingEvents;

/**
 * An event whose listener did not finish is delivered again once it is stale, by one node at a time: while another node
 * holds the resubmission lock nothing happens here; then the stale publication is delivered (its effect is back) and
 * completed, and a fresh incomplete one — another node may still be handling it — is left alone.
 */
@IntegrationTest
class OutstandingEventsIntegrationTests {

	@org.springframework.boot.test.web.server.LocalServerPort int port;
	@Autowired OutstandingEvents outstanding;
	@Autowired JdbcTemplate jdbc;
	@Autowired DemoData demo;

	@Test
	void staleEventsAreDeliveredAgainByOneNodeAndFreshOnesAreLeftAlone() throws Exception {
		demo.ensureExperts();
		String pilot = demo.pilotAt("IMPLEMENTATION", "08416048", "Ammerbuch", "Ereignisse nachgeliefert", "experte");
		// the fee listener's delivery of one of the pilot's consultations, completed
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select count(*) from funding_consultation where pilot_reference = ?", Integer.class, pilot) > 0);
		UUID consultation = jdbc.queryForObject("select consultation_id from funding_consultation where pilot_reference = ? limit 1",
				UUID.class, pilot);
		Map<String, Object> delivered = jdbc.queryForMap("""
				select listener_id, event_type, serialized_event from event_publication
				where event_type like '%ConsultationLogged' and listener_id like '%Fees%' and serialized_event like ? and completion_date is not null""",
				"%" + consultation + "%");
		// as if a node died while delivering it ten minutes ago: its effect not there, the publication incomplete
		jdbc.update("delete from funding_consultation where consultation_id = ?", consultation);
		UUID stale = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		for (UUID id : new UUID[] { stale, fresh }) {
			jdbc.update("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date) values (?, ?, ?, ?, ?)",
					id, delivered.get("listener_id"), delivered.get("event_type"), delivered.get("serialized_event"),
					Timestamp.from(id == stale ? Instant.now().minus(Duration.ofMinutes(10)) : Instant.now()));
		}
		try {
			try (var other = jdbc.getDataSource().getConnection(); var statement = other.createStatement()) {
				statement.execute("select pg_advisory_lock(" + 0x4b504556454e5453L + ")");
				assertThat(outstanding.resubmit()).as("another node is resubmitting").isFalse();
				assertThat(completed(stale)).isFalse();
				statement.execute("select pg_advisory_unlock(" + 0x4b504556454e5453L + ")");
			}
			assertThat(outstanding.resubmit()).isTrue();
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> completed(stale));
			assertThat(jdbc.queryForObject("select count(*) from funding_consultation where consultation_id = ?", Integer.class, consultation))
					.as("delivered again").isOne();
			assertThat(completed(fresh)).as("a fresh one may still be handled elsewhere").isFalse();
		}
		finally {
			jdbc.update("delete from event_publication where id in (?, ?)", stale, fresh);
			new Api(port, "koordination").post("/api/pilots/" + pilot + "/cancellation", Map.of("reason", "Test beendet"));
		}
	}

	boolean completed(UUID publication) {
		return jdbc.queryForObject("select completion_date is not null from event_publication where id = ?", Boolean.class, publication);
	}
}
