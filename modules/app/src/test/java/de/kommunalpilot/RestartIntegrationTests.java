package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * Stop the application in the middle of a pilot and start it again on the same data: every open task
 * and every timer is still there, and the pilot goes on. On the fresh installation, the public guide page
 * says when the first edition comes.
 */
class RestartIntegrationTests {

	@TempDir Path data;

	@Test
	void keepsOpenTasksAndTimersAcrossARestart() {
		String reference;
		Map<String, String> tasksBefore;
		Map<String, Date> timersBefore;
		try (ConfigurableApplicationContext first = start()) {
			// a fresh installation: the public guide page says when the first edition comes (not a 404)
			int port = Integer.parseInt(first.getEnvironment().getProperty("local.server.port"));
			java.net.http.HttpResponse<String> guide = new WebClientSession(port).get("/oeffentlich/handreichung");
			assertThat(guide.statusCode()).isEqualTo(200);
			assertThat(guide.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
			assertThat(guide.body()).contains("Die Handreichung ist in Vorbereitung", "Die erste Ausgabe der Handreichung");

			first.getBean(DemoData.class).ensureExperts();
			Pilots pilots = first.getBean(Pilots.class);
			TaskService tasks = first.getBean(TaskService.class);
			reference = pilots.createFromEnquiry(new Pilots.Enquiry("08416036", "Stadt Rottenburg am Neckar",
					"Neustart-Test", "Anfrage", null, null), "koordination").reference();
			complete(tasks, reference, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept"));
			complete(tasks, reference, "Task_CaptureNeeds", Map.of("needs", "Bedarf", "sdgs",
					org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"13\"]").create(), "primarySdg", "13",
					"topic", "CLIMATE", "targetGroups", "Vereine", "plannedStart", "2030-01-01", "plannedEnd", "2030-06-30"));
			complete(tasks, reference, "Task_ChoosePractice", Map.of("practiceCode", "BP-04"));
			String expertId = first.getBean(Experts.class).findByUserId("expertin").orElseThrow().id().toString();
			complete(tasks, reference, "Task_SelectExpert", Map.of("expertId", expertId, "consultationDays", 3));
			tasksBefore = openTasks(tasks, reference);
			timersBefore = timers(first.getBean(ManagementService.class));
		}

		assertThat(tasksBefore).containsValue("Task_AnswerRequest");
		assertThat(timersBefore).hasSize(2);

		try (ConfigurableApplicationContext second = start()) {
			TaskService tasks = second.getBean(TaskService.class);
			assertThat(openTasks(tasks, reference)).isEqualTo(tasksBefore);
			assertThat(timers(second.getBean(ManagementService.class))).isEqualTo(timersBefore);

			complete(tasks, reference, "Task_AnswerRequest", Map.of("requestAnswer", "accept"));
			assertThat(openTasks(tasks, reference)).containsValue("Task_KickOff");
			assertThat(timers(second.getBean(ManagementService.class))).isEmpty();
		}
	}

	private ConfigurableApplicationContext start() {
		// command-line arguments: they win over the demo profile's settings
		return new SpringApplicationBuilder(KommunalpilotApplication.class).profiles("demo")
				.run("--kommunalpilot.embedded-database.data-directory=" + data.resolve("postgres"),
						"--kommunalpilot.demo.data=false", "--server.port=0", "--camunda.bpm.process-engine-name=restart",
						"--camunda.bpm.job-execution.enabled=false", "--spring.jmx.enabled=false");
	}

	private static void complete(TaskService tasks, String reference, String key, Map<String, Object> variables) {
		Task task = tasks.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(key).singleResult();
		tasks.complete(task.getId(), variables);
	}

	private static Map<String, String> openTasks(TaskService tasks, String reference) {
		return tasks.createTaskQuery().processInstanceBusinessKey(reference).list().stream()
				.collect(Collectors.toMap(Task::getId, Task::getTaskDefinitionKey));
	}

	private static Map<String, Date> timers(ManagementService management) {
		List<Job> jobs = management.createJobQuery().timers().list();
		return jobs.stream().filter(job -> job.getProcessInstanceId() != null)
				.collect(Collectors.toMap(Job::getId, Job::getDuedate));
	}
}
