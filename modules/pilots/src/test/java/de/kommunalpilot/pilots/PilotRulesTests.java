package de.kommunalpilot.pilots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.Topic;
import de.kommunalpilot.platform.GermanDates;

/** The pilot's own rules, without Spring or a database: what the forms, the API and the process all rely on. */
class PilotRulesTests {

	static Pilot pilotIn(PilotPhase phase) {
		Pilot pilot = new Pilot("P-2026-0001", UUID.randomUUID(), "Stadt Ulm", "08421", "Faire Beschaffung", "Wir möchten …", "Frau Weber",
				"weber@example.org", "test");
		if (phase != PilotPhase.ENQUIRY) {
			pilot.enterPhase(phase, "test");
		}
		return pilot;
	}

	static Pilot.Needs needs(Set<Integer> sdgs, Integer primary, LocalDate start, LocalDate end) {
		return new Pilot.Needs("Beschaffung umstellen", sdgs, primary, Topic.FAIR_TRADE, "Verwaltung", start, end, BigDecimal.valueOf(5000),
				null);
	}

	@Test
	void takesNeedsWhoseTimeframeAndSdgsAreInOrder() {
		Pilot pilot = pilotIn(PilotPhase.INTAKE);
		pilot.captureNeeds(needs(Set.of(12, 8), 12, LocalDate.now(GermanDates.ZONE), LocalDate.now(GermanDates.ZONE).plusMonths(3)));
		assertThat(pilot.sdgs()).containsExactlyInAnyOrder(8, 12);
		assertThat(pilot.primarySdg()).isEqualTo(12);
	}

	@Test
	void refusesAPrimarySdgOutsideTheChosenOnesAndAnEndBeforeTheStart() {
		Pilot pilot = pilotIn(PilotPhase.INTAKE);
		assertThatThrownBy(() -> pilot.captureNeeds(needs(Set.of(8), 12, LocalDate.now(GermanDates.ZONE), LocalDate.now(GermanDates.ZONE).minusDays(1))))
				.isInstanceOfSatisfying(InvalidInputException.class,
						problem -> assertThat(problem.errors()).containsOnlyKeys("primarySdg", "plannedEnd"));
		assertThat(pilot.needs()).isNull();
	}

	@Test
	void refusesSdgsThatDoNotExistAndABudgetOutOfRange() {
		Pilot pilot = pilotIn(PilotPhase.INTAKE);
		Pilot.Needs needs = new Pilot.Needs("Bedarf", Set.of(18), 18, Topic.CLIMATE, "Alle", LocalDate.now(GermanDates.ZONE), LocalDate.now(GermanDates.ZONE),
				BigDecimal.valueOf(-1), null);
		assertThatThrownBy(() -> pilot.captureNeeds(needs)).isInstanceOfSatisfying(InvalidInputException.class,
				problem -> assertThat(problem.errors()).containsKeys("sdgs", "primarySdg", "budget"));
	}

	@Test
	void takesNeedsOnlyInTheIntake() {
		Pilot pilot = pilotIn(PilotPhase.CLOSURE);
		assertThatThrownBy(() -> pilot.captureNeeds(needs(Set.of(8), 8, LocalDate.now(GermanDates.ZONE), LocalDate.now(GermanDates.ZONE))))
				.isInstanceOf(ConflictException.class);
	}

	@Test
	void plansOneToEightMilestonesDueFromToday() {
		Pilot pilot = pilotIn(PilotPhase.PLANNING);
		pilot.plan(List.of(new Pilot.PlannedMilestone("Workshop", LocalDate.now(GermanDates.ZONE)),
				new Pilot.PlannedMilestone("Erprobung", LocalDate.now(GermanDates.ZONE).plusWeeks(6))));
		assertThat(pilot.milestones()).extracting(Milestone::title).containsExactly("Workshop", "Erprobung");
	}

	@Test
	void refusesAnEmptyPlanTooManyMilestonesAndPastDueDates() {
		Pilot pilot = pilotIn(PilotPhase.PLANNING);
		assertThatThrownBy(() -> pilot.plan(List.of())).isInstanceOfSatisfying(InvalidInputException.class,
				problem -> assertThat(problem.errors()).containsOnlyKeys("milestones"));
		List<Pilot.PlannedMilestone> nine = IntStream.rangeClosed(1, Pilot.MAX_MILESTONES + 1)
				.mapToObj(n -> new Pilot.PlannedMilestone("Schritt " + n, LocalDate.now(GermanDates.ZONE))).toList();
		assertThatThrownBy(() -> pilot.plan(nine)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> pilot.plan(List.of(new Pilot.PlannedMilestone("Gestern", LocalDate.now(GermanDates.ZONE).minusDays(1)))))
				.isInstanceOfSatisfying(InvalidInputException.class,
						problem -> assertThat(problem.errors()).containsOnlyKeys("milestones[0].dueDate"));
		assertThat(pilot.milestones()).isEmpty();
	}

	@Test
	void keepsTheDocumentationOfAPilotThatIsAlreadyInClosure() {
		Pilot pilot = pilotIn(PilotPhase.DOCUMENTATION);
		pilot.document("Ergebnisse", "Erfahrungen", null);
		pilot.enterPhase(PilotPhase.CLOSURE, "test");
		assertThatThrownBy(() -> pilot.document("überschrieben", "überschrieben", null)).isInstanceOf(ConflictException.class);
		assertThat(pilot.results()).isEqualTo("Ergebnisse");
		assertThat(pilot.phase()).isEqualTo(PilotPhase.CLOSURE);
	}

	@Test
	void countsConsultationsFromAQuarterOfAnHourToEightyHours() {
		assertThat(Consultation.check(LocalDate.now(GermanDates.ZONE), new BigDecimal("0.25"), null).isEmpty()).isTrue();
		assertThat(Consultation.check(LocalDate.now(GermanDates.ZONE), BigDecimal.valueOf(80), null).isEmpty()).isTrue();
		assertThat(Consultation.check(LocalDate.now(GermanDates.ZONE), new BigDecimal("0.2"), null).errors()).containsOnlyKeys("hours");
		assertThat(Consultation.check(LocalDate.now(GermanDates.ZONE), new BigDecimal("80.5"), null).errors()).containsOnlyKeys("hours");
		assertThat(Consultation.check(LocalDate.now(GermanDates.ZONE).plusDays(1), BigDecimal.ONE, null).errors()).containsOnlyKeys("heldOn");
	}

	@Test
	void asksAnExpertForOneToSixtyDaysAndEachExpertOnce() {
		Pilot pilot = pilotIn(PilotPhase.EXPERT_ASSIGNMENT);
		UUID expert = UUID.randomUUID();
		assertThatThrownBy(() -> pilot.requestExpert(expert, "expertin", "Amina Yılmaz", 0)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> pilot.requestExpert(expert, "expertin", "Amina Yılmaz", Pilot.MAX_CONSULTATION_DAYS + 1))
				.isInstanceOf(InvalidInputException.class);
		pilot.requestExpert(expert, "expertin", "Amina Yılmaz", 4);
		assertThatThrownBy(() -> pilot.requestExpert(expert, "expertin", "Amina Yılmaz", 4)).isInstanceOf(ConflictException.class);
		assertThat(pilot.consultationDays()).isEqualTo(4);
	}

	@Test
	void recordsFeedbackFromOneToFive() {
		Pilot pilot = pilotIn(PilotPhase.FEEDBACK);
		assertThatThrownBy(() -> pilot.recordFeedback(6, "Sehr gut")).isInstanceOf(InvalidInputException.class);
		pilot.recordFeedback(5, "Sehr gut");
		assertThat(pilot.feedbackRating()).isEqualTo(5);
	}

	@Test
	void completesAMilestoneOnceWithAResultAndMovesItOnlyForward() {
		Pilot pilot = pilotIn(PilotPhase.PLANNING);
		pilot.plan(List.of(new Pilot.PlannedMilestone("Workshop", LocalDate.now(GermanDates.ZONE).plusDays(3))));
		pilot.enterPhase(PilotPhase.IMPLEMENTATION, "test");
		UUID milestone = pilot.milestones().get(0).id();
		assertThatThrownBy(() -> pilot.noteDelay(milestone, "Verschoben", LocalDate.now(GermanDates.ZONE).minusDays(1)))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("newDueDate"));
		assertThatThrownBy(() -> pilot.completeMilestone(milestone, " ")).isInstanceOf(InvalidInputException.class);
		pilot.completeMilestone(milestone, "Workshop mit 30 Personen");
		assertThatThrownBy(() -> pilot.completeMilestone(milestone, "noch einmal")).isInstanceOf(ConflictException.class);
		assertThat(pilot.milestones().get(0).status()).isEqualTo(Milestone.Status.DONE);
	}

	@Test
	void answersARequestOnce() {
		Pilot pilot = pilotIn(PilotPhase.EXPERT_ASSIGNMENT);
		pilot.requestExpert(UUID.randomUUID(), "expertin", "Amina Yılmaz", 4);
		pilot.answerRequest(true, null);
		assertThatThrownBy(() -> pilot.answerRequest(false, "doch nicht")).isInstanceOf(ConflictException.class);
		assertThat(pilot.isAssignedTo("expertin")).isTrue();
	}

	@Test
	void takesConsultationsOnlyFromTheExpertWhoAcceptedAndNotBeforeTheEnquiry() {
		Pilot pilot = pilotIn(PilotPhase.EXPERT_ASSIGNMENT);
		pilot.requestExpert(UUID.randomUUID(), "expertin", "Amina Yılmaz", 4);
		assertThatThrownBy(() -> pilot.logConsultation(null, "expertin", LocalDate.now(GermanDates.ZONE), BigDecimal.ONE, null))
				.as("asked, not yet accepted").isInstanceOf(NotPermittedException.class);
		pilot.answerRequest(true, null);
		assertThatThrownBy(() -> pilot.logConsultation(null, "experte", LocalDate.now(GermanDates.ZONE), BigDecimal.ONE, null))
				.isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> pilot.logConsultation(null, "expertin", LocalDate.of(-1, 1, 1), BigDecimal.ONE, null))
				.isInstanceOfSatisfying(InvalidInputException.class, problem -> assertThat(problem.errors()).containsOnlyKeys("heldOn"));
		pilot.logConsultation(null, "expertin", LocalDate.now(GermanDates.ZONE), new BigDecimal("1.5"), "Auftakt");
		assertThat(pilot.totalHours()).isEqualByComparingTo("1.5");
	}

	@Test
	void theNextStepGoesToTheResponsibleCoordinatorOrWhileAwayToTheSubstitute() {
		Pilot pilot = pilotIn(PilotPhase.INTAKE);
		assertThat(pilot.responsibility().coordinatorForNextStep(user -> false)).as("nobody took it yet").isNull();
		pilot.takeResponsibility("sabine");
		pilot.takeResponsibility("jonas");
		assertThat(pilot.responsibleCoordinator()).as("the first one keeps it").isEqualTo("sabine");
		assertThat(pilot.responsibility().coordinatorForNextStep(user -> false)).isEqualTo("sabine");
		assertThat(pilot.responsibility().coordinatorForNextStep("sabine"::equals)).as("away without a substitute: the team").isNull();
		assertThatThrownBy(() -> pilot.setSubstitute("sabine")).isInstanceOf(de.kommunalpilot.platform.InvalidInputException.class);
		pilot.setSubstitute("jonas");
		assertThat(pilot.responsibility().coordinatorForNextStep("sabine"::equals)).isEqualTo("jonas");
		assertThat(pilot.responsibility().coordinatorForNextStep(user -> true)).as("both away: the team").isNull();
		assertThatThrownBy(() -> pilot.handOver("sabine", "sabine")).isInstanceOf(de.kommunalpilot.platform.ConflictException.class);
		pilot.handOver("jonas", "sabine");
		assertThat(pilot.responsibilityHistory()).hasSize(2);
	}

	@Test
	void aTalkIsDatedInItsPhasesOnOneDayAheadAndKeepsItsCalendarEntryWhenMoved() {
		Pilot pilot = pilotIn(PilotPhase.INTAKE);
		LocalDate day = LocalDate.now(GermanDates.ZONE).plusDays(7);
		java.time.LocalTime ten = java.time.LocalTime.of(10, 0);
		assertThatThrownBy(() -> pilot.schedule(AppointmentKind.FIRST_TALK, day, ten, ten.minusHours(1), "Rathaus"))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("end"));
		assertThatThrownBy(() -> pilot.schedule(AppointmentKind.FIRST_TALK, day, ten, ten.plusHours(Pilot.APPOINTMENT_MAX_HOURS).plusMinutes(1),
				"Rathaus")).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("end"));
		assertThatThrownBy(() -> pilot.schedule(AppointmentKind.FIRST_TALK, LocalDate.now(GermanDates.ZONE).minusDays(1), ten, ten.plusHours(1), "Rathaus"))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKey("date"));
		assertThatThrownBy(() -> pilot.schedule(AppointmentKind.FIRST_TALK, day, null, null, " "))
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsKeys("start", "end", "location"));
		assertThat(pilot.appointment(AppointmentKind.FIRST_TALK)).isEmpty();

		Appointment first = pilot.schedule(AppointmentKind.FIRST_TALK, day, ten, ten.plusMinutes(90), " Rathaus ");
		assertThat(first.location()).isEqualTo("Rathaus");
		Appointment moved = pilot.schedule(AppointmentKind.FIRST_TALK, day.plusDays(1), ten, ten.plusHours(1), "Rathaus");
		assertThat(moved.sequence()).isGreaterThan(first.sequence());
		assertThat(pilot.calendarEvent(AppointmentKind.FIRST_TALK)).hasValueSatisfying(event -> {
			assertThat(event.uid()).isEqualTo("pilot-P-2026-0001-first_talk@kommunalpilot");
			assertThat(event.sequence()).isEqualTo(moved.sequence());
			assertThat(event.summary()).isEqualTo("Erstgespräch: Faire Beschaffung (P-2026-0001)");
		});
		assertThat(pilot.calendarEvent(AppointmentKind.KICK_OFF)).isEmpty();

		Pilot later = pilotIn(PilotPhase.PLANNING);
		assertThatThrownBy(() -> later.schedule(AppointmentKind.KICK_OFF, day, ten, ten.plusHours(1), "Rathaus"))
				.isInstanceOf(ConflictException.class).hasMessageContaining("Umsetzungsplanung");
	}
}
