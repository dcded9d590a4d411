package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.platform.FormFields.*;
import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.pilots.Fields;
import de.kommunalpilot.platform.InvalidInputException.Collector;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.TaskFormValidator;
import de.kommunalpilot.platform.Topic;

/**
 * The server's check of every form of {@code pilot-implementation} and {@code expert-assignment}: the
 * same rules the forms show in the browser, plus the ones only the server can check (options offered,
 * dates in order).
 */
@Component
class PilotFormValidator implements TaskFormValidator {

	static final String START = "StartEvent_EnquiryReceived";
	private static final Set<String> DECISIONS = Set.of("approve", "rework");

	@Override
	public boolean supports(String processDefinitionKey) {
		return PILOT_PROCESS.equals(processDefinitionKey) || ASSIGNMENT_PROCESS.equals(processDefinitionKey);
	}

	@Override
	public void validate(String taskDefinitionKey, Map<String, Object> submitted, Collector violations) {
		Map<String, Object> v = FormValues.plain(submitted);
		switch (taskDefinitionKey) {
			case START -> Fields.checkEnquiry(FormValues.text(v.get("ags")), FormValues.text(v.get(MUNICIPALITY)),
					FormValues.text(v.get(TITLE)), FormValues.text(v.get("enquiry")), FormValues.text(v.get("contactName")),
					FormValues.text(v.get("contactEmail")), violations);
			case "Task_CheckEnquiry" -> {
				oneOf(violations, ENQUIRY_DECISION, v.get(ENQUIRY_DECISION), Set.of("accept", "decline"),
						"Bitte annehmen oder ablehnen.");
				if ("decline".equals(v.get(ENQUIRY_DECISION))) {
					requiredText(violations, DECLINE_REASON, v.get(DECLINE_REASON), 2000, "eine Begründung");
				}
			}
			case "Task_CaptureNeeds" -> captureNeeds(v, violations);
			case "Task_ChoosePractice" -> violations.check(offered(v.get(PRACTICE_OPTIONS)).contains(v.get(PRACTICE_CODE)),
					PRACTICE_CODE, "Bitte eine der vorgeschlagenen Best Practices wählen.");
			case "Task_KickOff" -> {
				requiredDate(violations, "kickOffDate", v.get("kickOffDate"), "das Datum");
				requiredText(violations, "kickOffParticipants", v.get("kickOffParticipants"), 500, "die Teilnehmenden");
				requiredText(violations, "kickOffNotes", v.get("kickOffNotes"), 4000, "die Ergebnisse");
			}
			case "Task_CreatePlan" -> plan(v, violations);
			case "Task_ApprovePlan" -> decision(v, violations, PLAN_DECISION, "planComment");
			case "Task_ImplementMilestone" -> milestone(v, violations);
			case "Task_ClarifyDelay" -> {
				requiredText(violations, "delayResolution", v.get("delayResolution"), 2000, "die Klärung");
				Object newDue = v.get("newDueDate");
				if (newDue != null && !"".equals(newDue)) {
					LocalDate date = date(newDue);
					violations.check(date != null && !date.isBefore(LocalDate.now()), "newDueDate",
							"Das neue Fälligkeitsdatum darf nicht in der Vergangenheit liegen.");
				}
			}
			case "Task_ClarifyProblem" -> requiredText(violations, "problemResolution", v.get("problemResolution"), 4000,
					"die Klärung");
			case "Task_WriteDocumentation" -> {
				requiredText(violations, "results", v.get("results"), 8000, "die Ergebnisse");
				requiredText(violations, "lessonsLearned", v.get("lessonsLearned"), 8000, "die Erfahrungen");
				optionalText(violations, "recommendations", v.get("recommendations"), 8000);
			}
			case "Task_ReviewDocumentation" -> decision(v, violations, DOCUMENTATION_DECISION, "documentationComment");
			case "Task_RecordFeedback" -> {
				oneOf(violations, "feedbackRating", FormValues.text(v.get("feedbackRating")), Set.of("1", "2", "3", "4", "5"),
						"Bitte die Zufriedenheit von 1 bis 5 angeben.");
				requiredText(violations, "feedbackText", v.get("feedbackText"), 4000, "die Rückmeldung");
			}
			case "Task_ApproveClosure" -> decision(v, violations, CLOSURE_DECISION, "closureComment");
			case "Task_SelectExpert" -> {
				violations.check(offered(v.get(EXPERT_OPTIONS)).contains(v.get(EXPERT_ID)), EXPERT_ID,
						"Bitte eine der vorgeschlagenen Expert*innen wählen.");
				numberBetween(violations, CONSULTATION_DAYS, v.get(CONSULTATION_DAYS), BigDecimal.ONE, BigDecimal.valueOf(60),
						true, "Bitte 1 bis 60 Beratungstage angeben.");
			}
			case "Task_AnswerRequest" -> {
				oneOf(violations, REQUEST_ANSWER, v.get(REQUEST_ANSWER), Set.of("accept", "decline"),
						"Bitte annehmen oder ablehnen.");
				optionalText(violations, "requestDeclineReason", v.get("requestDeclineReason"), 2000);
			}
			default -> {
			}
		}
	}

	private static void captureNeeds(Map<String, Object> v, Collector violations) {
		requiredText(violations, NEEDS, v.get(NEEDS), 4000, "den Bedarf");
		List<Object> sdgs = FormValues.list(v.get("sdgs"));
		boolean sdgsValid = sdgs != null && !sdgs.isEmpty()
				&& sdgs.stream().allMatch(sdg -> sdgNumber(sdg) != null);
		violations.check(sdgsValid, "sdgs", "Bitte mindestens ein SDG (1 bis 17) auswählen.");
		Integer primary = sdgNumber(v.get("primarySdg"));
		violations.check(primary != null, "primarySdg", "Bitte das wichtigste SDG (1 bis 17) angeben.");
		violations.check(primary == null || !sdgsValid || sdgs.stream().map(PilotFormValidator::sdgNumber)
				.anyMatch(primary::equals), "primarySdg", "Das wichtigste SDG muss unter den ausgewählten SDGs sein.");
		oneOf(violations, "topic", v.get("topic"),
				Arrays.stream(Topic.values()).map(Enum::name).collect(java.util.stream.Collectors.toSet()),
				"Bitte ein Schwerpunktthema wählen.");
		requiredText(violations, "targetGroups", v.get("targetGroups"), 500, "die Zielgruppen");
		requiredDate(violations, "plannedStart", v.get("plannedStart"), "den Beginn");
		requiredDate(violations, "plannedEnd", v.get("plannedEnd"), "das Ende");
		LocalDate start = date(v.get("plannedStart"));
		LocalDate end = date(v.get("plannedEnd"));
		violations.check(start == null || end == null || !end.isBefore(start), "plannedEnd",
				"Das Ende darf nicht vor dem Beginn liegen.");
		numberBetween(violations, "budget", v.get("budget"), BigDecimal.ZERO, BigDecimal.valueOf(10_000_000), false,
				"Das Budget muss zwischen 0 und 10.000.000 Euro liegen.");
		optionalText(violations, "preferredLanguage", v.get("preferredLanguage"), 50);
	}

	private static void plan(Map<String, Object> v, Collector violations) {
		boolean slots = v.get(MILESTONES) == null;
		List<Map<String, Object>> milestones = PilotTaskHandlers.milestones(v);
		if (milestones.isEmpty() || milestones.size() > 12) {
			violations.reject(slots ? "milestone1Title" : MILESTONES, "Bitte 1 bis 12 Meilensteine angeben.");
			return;
		}
		for (int i = 0; i < milestones.size(); i++) {
			Map<String, Object> milestone = milestones.get(i);
			requiredText(violations, slots ? FormValues.slot("milestone", i + 1, "title") : MILESTONES + "[" + i + "].title",
					milestone.get("title"), 200, "einen Titel");
			LocalDate due = date(milestone.get("dueDate"));
			violations.check(due != null && !due.isBefore(LocalDate.now()),
					slots ? FormValues.slot("milestone", i + 1, "dueDate") : MILESTONES + "[" + i + "].dueDate",
					"Bitte ein Fälligkeitsdatum ab heute angeben.");
		}
	}

	private static void milestone(Map<String, Object> v, Collector violations) {
		requiredText(violations, "milestoneResult", v.get("milestoneResult"), 4000, "das Ergebnis");
		LocalDate held = date(v.get("consultationDate"));
		violations.check(held != null && !held.isAfter(LocalDate.now()), "consultationDate",
				"Bitte das Datum der Beratung angeben; es darf nicht in der Zukunft liegen.");
		numberBetween(violations, "consultationHours", v.get("consultationHours"), new BigDecimal("0.25"),
				BigDecimal.valueOf(80), true, "Die Beratungsstunden müssen zwischen 0,25 und 80 liegen.");
		optionalText(violations, "consultationTopic", v.get("consultationTopic"), 500);
		if (FormValues.isTrue(v.get("reportProblem"))) {
			requiredText(violations, PROBLEM_DESCRIPTION, v.get(PROBLEM_DESCRIPTION), 4000, "das Problem");
		}
	}

	private static void decision(Map<String, Object> v, Collector violations, String decision, String comment) {
		oneOf(violations, decision, v.get(decision), DECISIONS, "Bitte freigeben oder zurückgeben.");
		if ("rework".equals(v.get(decision))) {
			requiredText(violations, comment, v.get(comment), 2000, "eine Begründung");
		}
		else {
			optionalText(violations, comment, v.get(comment), 2000);
		}
	}

	static Integer sdgNumber(Object value) {
		BigDecimal number = number(value);
		if (number == null || number.scale() > 0 && number.stripTrailingZeros().scale() > 0) {
			return null;
		}
		int sdg = number.intValue();
		return Sdg.isValid(sdg) ? sdg : null;
	}

	private static List<Object> offered(Object options) {
		List<Object> list = FormValues.list(options);
		return list == null ? List.of() : list.stream().map(FormValues::map).map(option -> option.get("value"))
				.filter(Objects::nonNull).toList();
	}
}
