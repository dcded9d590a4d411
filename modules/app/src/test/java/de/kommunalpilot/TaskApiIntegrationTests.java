package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * {@code GET /api/tasks} pages: at most a page is answered (default 50, up to 200), the earliest due first, one case's
 * tasks by its reference; a new task is found however many older ones there are; bad paging is a 400.
 */
@IntegrationTest
class TaskApiIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;

	@Test
	void tasksComeInPagesEarliestDueFirstAndByCase() {
		Api coordinator = new Api(port, "koordination");
		String first = demo.pilotAt("INTAKE", "08416022", "Kirchentellinsfurt", "Aufgaben seitenweise eins");
		String second = demo.pilotAt("INTAKE", "08416015", "Gomaringen", "Aufgaben seitenweise zwei");

		JsonNode all = coordinator.getJson("/api/tasks");
		assertThat(all.path("size").asInt()).isEqualTo(50);
		assertThat(all.path("content").size()).isLessThanOrEqualTo(50);
		long total = all.path("totalElements").asLong();
		assertThat(total).isGreaterThanOrEqualTo(2);

		// page through with pages of one: every task once, due dates never going back
		Set<String> seen = new HashSet<>();
		String previousDue = "";
		for (int page = 0; page < total; page++) {
			JsonNode one = coordinator.getJson("/api/tasks?size=1&page=" + page);
			assertThat(one.path("content")).hasSize(1);
			assertThat(seen.add(one.path("content").get(0).path("id").asText())).as("each task once").isTrue();
			String due = one.path("content").get(0).path("due").asText("");
			if (!due.isEmpty() && !previousDue.isEmpty()) {
				assertThat(due).isGreaterThanOrEqualTo(previousDue);
			}
			previousDue = due.isEmpty() ? previousDue : due;
		}
		assertThat(coordinator.getJson("/api/tasks?size=1&page=" + total).path("content")).isEmpty();

		// one case's tasks, the newest case included
		JsonNode ofSecond = coordinator.getJson("/api/tasks?reference=" + second);
		assertThat(ofSecond.path("content")).isNotEmpty().allMatch(task -> task.path("pilotReference").asText().equals(second));
		assertThat(coordinator.getJson("/api/tasks?reference=" + first).path("content")).allMatch(task -> task.path("pilotReference")
				.asText().equals(first));

		for (String bad : new String[] { "size=0", "size=201", "page=-1", "size=abc" }) {
			assertThat(coordinator.get("/api/tasks?" + bad).statusCode()).as(bad).isEqualTo(400);
		}
		for (String reference : new String[] { first, second }) {
			coordinator.post("/api/pilots/" + reference + "/cancellation", java.util.Map.of("reason", "Test beendet"));
		}
	}
}
