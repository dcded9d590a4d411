package de.kommunalpilot.pilots.process.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.GermanDates;

/**
 * Demo data for local trials (demo profile only): the expert pool with logins, and pilots in every
 * phase, created by driving the real process through its tasks as the people involved would, so every
 * rule and listener applies. Runs once, when there are no pilots yet.
 */
@Component
@Profile("demo")
public class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);
	private static final String COORDINATOR = "koordination";
	private static final String LEAD = "leitung";

	/** Where a demo pilot stops. */
	enum Stop {
		ENQUIRY, DECLINED, INTAKE, PRACTICE_SELECTION, EXPERT_REQUESTED, KICK_OFF, PLANNING, IMPLEMENTATION,
		DOCUMENTATION, FEEDBACK, CLOSURE, COMPLETED, CANCELLED
	}

	record DemoPilot(String ags, String municipality, String title, String topic, String sdgs, String primarySdg,
			String expert, Stop stop) {
	}

	static final List<DemoPilot> PILOTS = List.of(
			new DemoPilot("08416041", "Universitätsstadt Tübingen", "Globales Lernen an Tübinger Schulen", "EDUCATION", "4,10", "4", "expertin", Stop.ENQUIRY),
			new DemoPilot("08231000", "Stadt Pforzheim", "Städtepartnerschaft ohne Partner", "PARTNERSHIP", "17", "17", null, Stop.DECLINED),
			new DemoPilot("08415061", "Stadt Reutlingen", "Beirat für Migration und Entwicklung", "PARTICIPATION", "10,16", "16", null, Stop.INTAKE),
			new DemoPilot("08116019", "Stadt Esslingen am Neckar", "Gesundheitslotsinnen in Esslingen", "HEALTH", "3,10", "3", null, Stop.PRACTICE_SELECTION),
			new DemoPilot("08121000", "Stadt Heilbronn", "Faire Beschaffung im Rathaus", "FAIR_TRADE", "8,12", "12", "expertin", Stop.EXPERT_REQUESTED),
			new DemoPilot("08212000", "Stadt Karlsruhe", "Partnerschaft mit Kumasi", "PARTNERSHIP", "11,17", "17", "experte", Stop.KICK_OFF),
			new DemoPilot("08222000", "Stadt Mannheim", "Fairer Kaffee für die Verwaltung", "FAIR_TRADE", "8,12", "12", "experte", Stop.PLANNING),
			new DemoPilot("08311000", "Stadt Freiburg im Breisgau", "Globales Lernen in Freiburg", "EDUCATION", "4,5", "4", "expertin", Stop.IMPLEMENTATION),
			new DemoPilot("08221000", "Stadt Heidelberg", "Faire Textilien für Bauhöfe", "ECONOMY", "8,12", "8", "experte", Stop.DOCUMENTATION),
			new DemoPilot("08421000", "Stadt Ulm", "Gesundheit für Neuzugewanderte", "HEALTH", "3", "3", "expert09", Stop.FEEDBACK),
			new DemoPilot("08335043", "Stadt Konstanz", "Klimabotschafterinnen am See", "CLIMATE", "7,13", "13", "expert12", Stop.CLOSURE),
			new DemoPilot("08111000", "Landeshauptstadt Stuttgart", "Mentoring für migrantische Frauen", "GENDER", "5,16", "5", "expert07", Stop.COMPLETED),
			new DemoPilot("08436064", "Stadt Ravensburg", "Klimawerkstatt Oberschwaben", "CLIMATE", "13,15", "13", "expert10", Stop.CANCELLED));

	private final Pilots pilots;
	private final Experts experts;
	private final IdentityService identityService;
	private final TaskService taskService;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	DemoData(Pilots pilots, Experts experts, IdentityService identityService, TaskService taskService,
			TransactionTemplate transactions, @Value("${kommunalpilot.demo.data:true}") boolean enabled) {
		this.pilots = pilots;
		this.experts = experts;
		this.identityService = identityService;
		this.taskService = taskService;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@org.springframework.core.annotation.Order(10)
	void onReady() {
		if (!enabled) {
			return;
		}
		try {
			ensureExperts();
			if (pilots.count() == 0) {
				List<String> references = loadPilots();
				log.info("Demo data: {} pilots in all phases ({} … {})", references.size(), references.get(0),
						references.get(references.size() - 1));
			}
		}
		catch (RuntimeException e) {
			log.error("Demo data could not be loaded completely; the application runs without the rest", e);
		}
	}

	/** The demo experts with their logins (password "demo"); adds only who is missing. */
	public void ensureExperts() {
		transactions.executeWithoutResult(status -> {
			for (DemoExperts.Entry entry : DemoExperts.ALL) {
				if (identityService.createUserQuery().userId(entry.userId()).count() == 0) {
					User user = identityService.newUser(entry.userId());
					user.setFirstName(entry.firstName());
					user.setLastName(entry.lastName());
					user.setEmail(entry.userId() + "@example.org");
					user.setPassword("demo");
					identityService.saveUser(user);
					identityService.createMembership(entry.userId(), "experts");
				}
				if (experts.findByUserId(entry.userId()).isEmpty()) {
					experts.register(entry.command());
				}
			}
		});
	}

	/** Drives one pilot per demo case to where it stops; returns their references. */
	public List<String> loadPilots() {
		List<String> references = new ArrayList<>();
		for (DemoPilot demo : PILOTS) {
			references.add(transactions.execute(status -> drive(demo)));
		}
		return references;
	}

	/**
	 * Drives a new pilot of the municipality through the real process to a phase (a {@link Stop} name such
	 * as {@code FEEDBACK} or {@code COMPLETED}), advised by {@code expertin}; for demos and tests.
	 */
	public String pilotAt(String stop, String ags, String municipality, String title) {
		return pilotAt(stop, ags, municipality, title, "expertin");
	}

	/** A pilot driven to the stop with the given expert (a demo login) as its expert. */
	public String pilotAt(String stop, String ags, String municipality, String title, String expertUser) {
		DemoPilot demo = new DemoPilot(ags, municipality, title, "INTEGRATION", "10,11", "10", expertUser, Stop.valueOf(stop));
		ensureExperts();
		return transactions.execute(status -> drive(demo));
	}

	private String drive(DemoPilot demo) {
		as(COORDINATOR);
		Pilot pilot = pilots.createFromEnquiry(new Pilots.Enquiry(demo.ags(), demo.municipality(), demo.title(),
				"Wir möchten mit migrantischen Expert*innen ein Vorhaben zu „" + demo.title() + "“ umsetzen.",
				"Frau Weber", "agenda2030@" + demo.ags() + ".example.org"), COORDINATOR);
		String ref = pilot.reference();
		try {
			if (demo.stop() == Stop.ENQUIRY) {
				return ref;
			}
			if (demo.stop() == Stop.DECLINED) {
				complete(ref, "Task_CheckEnquiry", COORDINATOR, Map.of("enquiryDecision", "decline", "declineReason",
						"Das Vorhaben hat keinen Bezug zu Migration und Entwicklung."));
				return ref;
			}
			complete(ref, "Task_CheckEnquiry", COORDINATOR, Map.of("enquiryDecision", "accept"));
			if (demo.stop() == Stop.INTAKE) {
				return ref;
			}
			complete(ref, "Task_CaptureNeeds", COORDINATOR, needs(demo));
			if (demo.stop() == Stop.PRACTICE_SELECTION) {
				return ref;
			}
			complete(ref, "Task_ChoosePractice", COORDINATOR, Map.of("practiceCode", firstOffered(ref, "Task_ChoosePractice", "practiceOptions")));
			String expertId = experts.findByUserId(demo.expert()).orElseThrow().id().toString();
			complete(ref, "Task_SelectExpert", COORDINATOR, Map.of("expertId", expertId, "consultationDays", 6));
			if (demo.stop() == Stop.EXPERT_REQUESTED) {
				return ref;
			}
			complete(ref, "Task_AnswerRequest", demo.expert(), Map.of("requestAnswer", "accept"));
			if (demo.stop() == Stop.KICK_OFF) {
				return ref;
			}
			complete(ref, "Task_KickOff", COORDINATOR, Map.of("kickOffDate", LocalDate.now(GermanDates.ZONE).toString(),
					"kickOffParticipants", "Bürgermeisteramt, Integrationsbeauftragte, Expert*in",
					"kickOffNotes", "Ziele, Zeitplan und Rollen sind vereinbart."));
			if (demo.stop() == Stop.PLANNING) {
				return ref;
			}
			if (demo.stop() == Stop.CANCELLED) {
				pilots.requestCancellation(ref, "Der Gemeinderat hat die Mittel gestrichen.", COORDINATOR);
				return ref;
			}
			complete(ref, "Task_CreatePlan", demo.expert(), Map.of("milestone1Title", "Auftaktworkshop mit Vereinen",
					"milestone1DueDate", LocalDate.now(GermanDates.ZONE).plusWeeks(3).toString(), "milestone2Title", "Erprobung in der Kommune",
					"milestone2DueDate", LocalDate.now(GermanDates.ZONE).plusWeeks(10).toString()));
			complete(ref, "Task_ApprovePlan", COORDINATOR, Map.of("planDecision", "approve"));
			if (demo.stop() == Stop.IMPLEMENTATION) {
				completeMilestone(ref, demo.expert());
				return ref;
			}
			completeMilestone(ref, demo.expert());
			completeMilestone(ref, demo.expert());
			if (demo.stop() == Stop.DOCUMENTATION) {
				return ref;
			}
			complete(ref, "Task_WriteDocumentation", demo.expert(), Map.of("results",
					"Das Angebot wurde erprobt und von der Verwaltung übernommen.", "lessonsLearned",
					"Frühe Einbindung der Vereine ist entscheidend.", "recommendations",
					"Mit einem kleinen Pilotgebiet beginnen."));
			complete(ref, "Task_ReviewDocumentation", COORDINATOR, Map.of("documentationDecision", "approve"));
			if (demo.stop() == Stop.FEEDBACK) {
				return ref;
			}
			complete(ref, "Task_RecordFeedback", COORDINATOR, Map.of("feedbackRating", "5", "feedbackText",
					"Sehr hilfreiche Beratung, wir machen weiter."));
			if (demo.stop() == Stop.CLOSURE) {
				return ref;
			}
			complete(ref, "Task_ApproveClosure", LEAD, Map.of("closureDecision", "approve"));
			return ref;
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private Map<String, Object> needs(DemoPilot demo) {
		Map<String, Object> needs = new HashMap<>();
		needs.put("needs", "Die Kommune möchte " + demo.title() + " gemeinsam mit der Diaspora umsetzen.");
		needs.put("sdgs", SpinValues.jsonValue("[\"" + String.join("\",\"", demo.sdgs().split(",")) + "\"]").create());
		needs.put("primarySdg", demo.primarySdg());
		needs.put("topic", demo.topic());
		needs.put("targetGroups", "Vereine, Schulen und Verwaltung");
		needs.put("plannedStart", LocalDate.now(GermanDates.ZONE).plusWeeks(2).toString());
		needs.put("plannedEnd", LocalDate.now(GermanDates.ZONE).plusMonths(9).toString());
		needs.put("budget", 25000);
		return needs;
	}

	private void completeMilestone(String ref, String expert) {
		complete(ref, "Task_ImplementMilestone", expert, Map.of("milestoneResult", "Meilenstein erreicht.",
				"consultationDate", LocalDate.now(GermanDates.ZONE).toString(), "consultationHours", 3.5, "consultationTopic",
				"Beratung der Verwaltung"));
	}

	private String firstOffered(String ref, String taskKey, String optionsVariable) {
		Task task = task(ref, taskKey);
		Object options = taskService.getVariable(task.getId(), optionsVariable);
		return ((Map<?, ?>) ((List<?>) options).get(0)).get("value").toString();
	}

	private void complete(String ref, String taskKey, String user, Map<String, Object> variables) {
		as(user);
		taskService.complete(task(ref, taskKey).getId(), variables);
		as(COORDINATOR);
	}

	private Task task(String ref, String taskKey) {
		Task task = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskKey).singleResult();
		if (task == null) {
			throw new IllegalStateException("Demo data: no task " + taskKey + " in " + ref + " for "
					+ identityService.getCurrentAuthentication().getUserId());
		}
		return task;
	}

	private void as(String user) {
		identityService.clearAuthentication();
		List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
				.map(group -> group.getId()).toList();
		identityService.setAuthentication(user, groups);
	}
}
