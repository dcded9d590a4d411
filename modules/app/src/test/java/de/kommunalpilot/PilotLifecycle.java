package de.kommunalpilot;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.kommunalpilot.platform.GermanDates;

/**
 * One pilot's way from enquiry to „abgeschlossen“ as its people take it over the REST API: who completes each step,
 * and with which form values. For the tests and benchmarks that drive whole lifecycles.
 */
final class PilotLifecycle {

	/** Who completes a step: the coordinators, the pilot's expert, or a lead. */
	enum Actor {
		COORDINATOR, EXPERT, LEAD
	}

	record Step(Actor actor, String taskKey, Map<String, Object> values) {
	}

	/** The hours the two milestones of {@link #steps} record. */
	static final String TOTAL_HOURS = "5.5";

	private PilotLifecycle() {
	}

	/** The body of {@code POST /api/pilots} for an enquiry of Rottenburg with the title. */
	static Map<String, Object> enquiry(String title) {
		return Map.of("ags", "08416036", "municipalityName", "Stadt Rottenburg am Neckar", "title", title, "enquiry",
				"Wir möchten ein Vorhaben umsetzen.", "contactName", "Frau Weber", "contactEmail", "weber@rottenburg.example.org");
	}

	/** Up to the expert's answer: the coordinators' intake, the practice and the request to the expert. */
	static List<Step> untilTheRequest(String expertId) {
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		return List.of(
				new Step(Actor.COORDINATOR, "Task_CheckEnquiry", Map.of("enquiryDecision", "accept")),
				new Step(Actor.COORDINATOR, "Task_CaptureNeeds", Map.of("needs", "Schulen wollen globales Lernen anbieten.",
						"sdgs", List.of("4", "10"), "primarySdg", "4", "topic", "EDUCATION", "targetGroups", "Schüler*innen",
						"plannedStart", today.plusDays(7).toString(), "plannedEnd", today.plusMonths(6).toString(), "budget", 4000)),
				new Step(Actor.COORDINATOR, "Task_ChoosePractice", Map.of("practiceCode", "BP-06")),
				new Step(Actor.COORDINATOR, "Task_SelectExpert", Map.of("expertId", expertId, "consultationDays", 4)));
	}

	/** Every step of a pilot that the expert accepts, to the lead's approval of its closure. */
	static List<Step> steps(String expertId) {
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		List<Step> after = List.of(
				new Step(Actor.EXPERT, "Task_AnswerRequest", Map.of("requestAnswer", "accept")),
				new Step(Actor.COORDINATOR, "Task_KickOff", Map.of("kickOffDate", today.toString(),
						"kickOffParticipants", "Schulamt, Expertin", "kickOffNotes", "Zwei Schulen machen mit.")),
				new Step(Actor.EXPERT, "Task_CreatePlan", Map.of("milestone1Title", "Unterrichtseinheiten entwickeln",
						"milestone1DueDate", today.plusWeeks(4).toString(), "milestone2Title", "Projektwoche durchführen",
						"milestone2DueDate", today.plusWeeks(8).toString())),
				new Step(Actor.COORDINATOR, "Task_ApprovePlan", Map.of("planDecision", "approve")),
				new Step(Actor.EXPERT, "Task_ImplementMilestone", Map.of("milestoneResult", "Drei Einheiten fertig",
						"consultationDate", today.toString(), "consultationHours", 3.5, "consultationTopic", "Didaktik")),
				new Step(Actor.EXPERT, "Task_ImplementMilestone", Map.of("milestoneResult", "Projektwoche mit 120 Kindern",
						"consultationDate", today.toString(), "consultationHours", 2, "consultationTopic", "Moderation")),
				new Step(Actor.EXPERT, "Task_WriteDocumentation", Map.of("results", "Zwei Schulen bieten globales Lernen an.",
						"lessonsLearned", "Lehrkräfte früh einbinden.", "recommendations", "Mit einer Klassenstufe beginnen.")),
				new Step(Actor.COORDINATOR, "Task_ReviewDocumentation", Map.of("documentationDecision", "approve")),
				new Step(Actor.COORDINATOR, "Task_RecordFeedback", Map.of("feedbackRating", "5", "feedbackText", "Sehr gut")),
				new Step(Actor.LEAD, "Task_ApproveClosure", Map.of("closureDecision", "approve")));
		return java.util.stream.Stream.concat(untilTheRequest(expertId).stream(), after.stream()).toList();
	}
}
