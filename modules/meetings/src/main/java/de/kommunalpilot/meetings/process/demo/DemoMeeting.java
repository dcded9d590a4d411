package de.kommunalpilot.meetings.process.demo;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.meetings.ParticipantRole;
import de.kommunalpilot.platform.engine.EngineSystemCalls;
import de.kommunalpilot.platform.GermanDates;

/**
 * A demo exchange meeting (demo profile only): planned in its process, invitations sent, a few
 * registrations.
 */
@Component
@Profile("demo")
class DemoMeeting {

	private static final Logger log = LoggerFactory.getLogger(DemoMeeting.class);

	private final Meetings meetings;
	private final TaskService taskService;
	private final EngineSystemCalls engine;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	DemoMeeting(Meetings meetings, TaskService taskService, EngineSystemCalls engine, TransactionTemplate transactions,
			@Value("${kommunalpilot.demo.data:true}") boolean enabled) {
		this.meetings = meetings;
		this.taskService = taskService;
		this.engine = engine;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	void onReady() {
		if (!enabled || !meetings.list(Pageable.ofSize(1), m -> m).isEmpty()) {
			return;
		}
		try {
			String reference = transactions.execute(status -> engine.asUser("koordination", () -> {
				String ref = meetings.create("1. Austauschtreffen Migration und Entwicklung", "koordination").reference();
				String task = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_PlanMeeting")
						.singleResult().getId();
				taskService.complete(task, Map.ofEntries(Map.entry("title", "1. Austauschtreffen Migration und Entwicklung"),
						Map.entry("topic", "Gute Beispiele aus Kommunen und Diaspora"),
						Map.entry("agenda", "1. Begrüßung\n2. Best Practices im Gespräch\n3. Arbeitsgruppen\n4. Ausblick"),
						Map.entry("date", LocalDate.now(GermanDates.ZONE).plusDays(21).toString()),
						Map.entry("startTime", "10:00"),
						Map.entry("endTime", "16:00"),
						Map.entry("place", "Haus der Kulturen, Stuttgart"),
						Map.entry("capacity", 25),
						Map.entry("inviteExperts", true),
						Map.entry("inviteMunicipalities", false),
						Map.entry("inviteeLines", "Dachverband Entwicklungspolitik; info@deab.example.org")));
				return ref;
			}));
			transactions.executeWithoutResult(status -> {
				meetings.registerParticipant(reference, new Meetings.Signup("Amina Yılmaz", "expertin@example.org", null, ParticipantRole.EXPERT));
				meetings.registerParticipant(reference, new Meetings.Signup("Frau Weber", "agenda2030@08421000.example.org", null,
						"08421000", "Universitätsstadt Ulm", ParticipantRole.MUNICIPALITY));
			});
			log.info("Demo data: exchange meeting {} with invitations and registrations", reference);
		}
		catch (RuntimeException e) {
			log.error("The demo meeting could not be loaded; the application runs without it", e);
		}
	}
}
