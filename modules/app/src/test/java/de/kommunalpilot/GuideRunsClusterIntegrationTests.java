package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import de.kommunalpilot.documents.Guide;
import de.kommunalpilot.platform.AdvisoryLocks;

/**
 * A node that starts fails only the guide runs whose node is gone: a run another node is still compiling (its
 * advisory lock held on that node's connection) stays running; once that connection is gone, the run is failed.
 */
@IntegrationTest
class GuideRunsClusterIntegrationTests {

	@Autowired Guide guide;
	@Autowired JdbcTemplate jdbc;
	@Autowired DataSource dataSource;

	@Test
	void leavesARunOfAnotherLiveNodeAloneAndFailsAnAbandonedOne() {
		jdbc.update("update documents_guide_run set status = 'FAILED' where status = 'RUNNING'");
		UUID id = UUID.randomUUID();
		jdbc.update("""
				insert into documents_guide_run (id, status, step, total_steps, message, requested_by, started_at)
				values (?, 'RUNNING', 3, 10, 'Best Practice BP-03 …', 'leitung', ?)""", id, Timestamp.from(Instant.now()));

		try (var otherNode = AdvisoryLocks.hold(dataSource, AdvisoryLocks.key(Guide.RUN_LOCK_KIND, id))) {
			ReflectionTestUtils.invokeMethod(guide, "failInterruptedRuns");
			assertThat(status(id)).as("still compiled by the other node").isEqualTo("RUNNING");
		}

		ReflectionTestUtils.invokeMethod(guide, "failInterruptedRuns");
		assertThat(status(id)).as("its node is gone").isEqualTo("FAILED");
	}

	String status(UUID id) {
		return jdbc.queryForObject("select status from documents_guide_run where id = ?", String.class, id);
	}
}
