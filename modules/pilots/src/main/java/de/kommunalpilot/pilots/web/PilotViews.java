package de.kommunalpilot.pilots.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import de.kommunalpilot.pilots.Pilot;

/**
 * What the API shows of pilots.
 */
public final class PilotViews {

	private PilotViews() {
	}

	/**
	 * A pilot in a list.
	 *
	 * @param reference the pilot's reference (P-year-number)
	 * @param title what the pilot is about
	 * @param municipality the municipality's name
	 * @param districtKey the district's five-digit key
	 * @param phase the phase (see the phase parameter of the list for every value)
	 * @param phaseLabel the phase as users see it
	 * @param expert the assigned expert's name, if one is assigned
	 * @param createdAt when the enquiry was recorded
	 */
	@Schema(name = "PilotSummary")
	public record Summary(@Schema(example = "P-2026-0001") String reference,
			@Schema(example = "Faire Beschaffung mit migrantischen Unternehmen") String title,
			@Schema(example = "Heidelberg") String municipality,
			@Schema(example = "08221") String districtKey,
			@Schema(example = "INTAKE") String phase,
			@Schema(example = "Erstgespräch") String phaseLabel, @Schema(example = "Amina Yilmaz") String expert, @Schema(example = "2026-11-20T09:15:00Z") Instant createdAt) {

		static Summary of(Pilot pilot) {
			return new Summary(pilot.reference(), pilot.title(), pilot.municipalityName(), pilot.districtKey(),
					pilot.phase().name(), pilot.phase().label(),
					pilot.assignedExpert().map(a -> a.expertName()).orElse(null), pilot.createdAt());
		}
	}

	/**
	 * A pilot with everything the API shows of it: enquiry, needs, practices, experts, milestones, consultations, notes.
	 *
	 * @param reference the pilot's reference (P-year-number)
	 * @param title what the pilot is about
	 * @param municipality the municipality's name
	 * @param districtKey the district's five-digit key
	 * @param enquiry the enquiry in the municipality's words
	 * @param contactName who asked
	 * @param contactEmail where the municipality is answered
	 * @param phase the phase
	 * @param phaseLabel the phase as users see it
	 * @param needs the needs captured in the first talk
	 * @param sdgs the SDGs (1 to 17) the pilot serves
	 * @param primarySdg the main SDG
	 * @param topic the topic
	 * @param targetGroups who the pilot is for
	 * @param plannedStart when it is to start
	 * @param plannedEnd when it is to end
	 * @param budget the municipality's budget in euros
	 * @param recommendedPractices the practices the recommendation proposed (codes)
	 * @param chosenPractices the practices chosen (codes)
	 * @param experts the experts asked, and their answers
	 * @param milestones the plan's milestones
	 * @param consultations the consultations logged
	 * @param totalHours the hours of consultation in all
	 * @param notes the notes
	 * @param problems the problems reported
	 * @param phaseHistory the phases it went through, oldest first
	 * @param declineReason why the enquiry was declined, if it was
	 * @param cancellationReason why the pilot was cancelled, if it was
	 * @param results the results, once documented
	 * @param lessonsLearned what was learnt
	 * @param feedbackRating the municipality's rating (1 to 5)
	 * @param feedbackText the municipality's feedback
	 * @param createdAt when the enquiry was recorded
	 * @param closedAt when the pilot ended
	 * @param responsibleCoordinator the coordinator responsible for the case
	 * @param handovers the handovers between coordinators
	 * @param substituteCoordinator who stands in for the responsible coordinator, if anyone
	 */
	@Schema(name = "PilotDetail")
	public record Detail(@Schema(example = "P-2026-0001") String reference,
			@Schema(example = "Faire Beschaffung mit migrantischen Unternehmen") String title,
			@Schema(example = "Heidelberg") String municipality,
			@Schema(example = "08221") String districtKey,
			@Schema(example = "Wir möchten die Beschaffung fair gestalten.") String enquiry,
			@Schema(example = "Erika Mustermann") String contactName,
			@Schema(example = "erika.mustermann@heidelberg.example") String contactEmail,
			@Schema(example = "IMPLEMENTATION") String phase,
			@Schema(example = "Umsetzung") String phaseLabel,
			@Schema(example = "Schulen wollen globales Lernen anbieten.") String needs,
			Set<Integer> sdgs,
			@Schema(example = "4") Integer primarySdg,
			@Schema(example = "EDUCATION") String topic,
			@Schema(example = "Schüler*innen") String targetGroups,
			@Schema(example = "2026-12-01") LocalDate plannedStart,
			@Schema(example = "2027-05-31") LocalDate plannedEnd,
			@Schema(example = "4000.00") BigDecimal budget,
			Set<String> recommendedPractices,
			Set<String> chosenPractices,
			List<AssignmentView> experts,
			List<MilestoneView> milestones,
			List<ConsultationView> consultations,
			@Schema(example = "5.5") BigDecimal totalHours,
			List<NoteView> notes,
			List<ProblemView> problems,
			List<PhaseView> phaseHistory,
			@Schema(example = "Kein Bezug zur Agenda 2030") String declineReason,
			@Schema(example = "Die Kommune hat zurückgezogen.") String cancellationReason,
			@Schema(example = "Zwei Schulen bieten globales Lernen an.") String results,
			@Schema(example = "Lehrkräfte früh einbinden.") String lessonsLearned,
			@Schema(example = "5") Integer feedbackRating,
			@Schema(example = "Sehr gut") String feedbackText,
			@Schema(example = "2026-11-20T09:15:00Z") Instant createdAt,
			@Schema(example = "2027-06-10T12:00:00Z") Instant closedAt,
			@Schema(example = "koordination") String responsibleCoordinator,
			List<de.kommunalpilot.platform.ResponsibilityChange> handovers,
			@Schema(example = "koordination2") String substituteCoordinator) {

		static Detail of(Pilot p) {
			return new Detail(p.reference(), p.title(), p.municipalityName(), p.districtKey(), p.enquiry(),
					p.contactName(), p.contactEmail(), p.phase().name(), p.phase().label(), p.needs(), p.sdgs(),
					p.primarySdg(), p.topic() == null ? null : p.topic().name(), p.targetGroups(), p.plannedStart(),
					p.plannedEnd(), p.budget(), p.recommendedPractices(), p.chosenPractices(),
					p.assignments().stream().map(a -> new AssignmentView(a.expertId().toString(), a.expertUser(),
							a.expertName(), a.status().name(), a.status().label(), a.requestedAt(), a.answeredAt(),
							p.consultations().stream().filter(c -> c.expertUser().equals(a.expertUser()))
									.map(c -> c.hours()).reduce(BigDecimal.ZERO, BigDecimal::add)))
							.toList(),
					p.milestones().stream().map(m -> new MilestoneView(m.id().toString(), m.title(), m.dueDate(),
							m.status().name(), m.status().label(), m.result(), m.completedAt(), m.delayNote())).toList(),
					p.consultations().stream().map(c -> new ConsultationView(c.id().toString(), c.expertUser(),
							c.heldOn(), c.hours(), c.topic())).toList(),
					p.totalHours(),
					p.notes().stream().map(n -> new NoteView(n.id().toString(), n.author(), n.text(), n.createdAt(),
							n.editedAt())).toList(),
					p.problems().stream().map(x -> new ProblemView(x.id().toString(), x.reportedBy(), x.description(),
							x.reportedAt(), x.resolution(), x.resolvedAt())).toList(),
					p.phaseHistory().stream().map(h -> new PhaseView(h.phase().name(), h.phase().label(), h.changedAt(),
							h.changedBy())).toList(),
					p.declineReason(), p.cancellationReason(), p.results(), p.lessonsLearned(), p.feedbackRating(),
					p.feedbackText(), p.createdAt(), p.closedAt(), p.responsibleCoordinator(), p.responsibilityHistory(),
					p.substituteCoordinator());
		}
	}

	/**
	 * An expert asked for the pilot, and their answer.
	 *
	 * @param expertId the expert's id
	 * @param expertUser the expert's login
	 * @param expertName the expert's name
	 * @param status the state of the request
	 * @param statusLabel the state as users see it
	 * @param requestedAt when the expert was asked
	 * @param answeredAt when they answered, if they have
	 * @param hours the hours of consultation they logged in the pilot
	 */
	public record AssignmentView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String expertId, @Schema(example = "expertin") String expertUser, @Schema(example = "Amina Yilmaz") String expertName, @Schema(example = "ACCEPTED") String status, @Schema(example = "angenommen") String statusLabel,
			@Schema(example = "2026-11-21T10:00:00Z") Instant requestedAt, @Schema(example = "2026-11-22T08:30:00Z") Instant answeredAt, @Schema(example = "5.5") BigDecimal hours) {
	}

	/**
	 * A milestone of the implementation plan.
	 *
	 * @param id the milestone's id
	 * @param title what is to be achieved
	 * @param dueDate when it is due
	 * @param status its state
	 * @param statusLabel its state as users see it
	 * @param result what was achieved, once done
	 * @param completedAt when it was done
	 * @param delayNote why it is late, if it was
	 */
	public record MilestoneView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id, @Schema(example = "Unterrichtseinheiten entwickeln") String title, @Schema(example = "2026-12-18") LocalDate dueDate, @Schema(example = "OPEN") String status, @Schema(example = "offen") String statusLabel, @Schema(example = "Drei Einheiten fertig") String result,
			@Schema(example = "2026-12-15T16:00:00Z") Instant completedAt, @Schema(example = "Schulferien") String delayNote) {
	}

	/**
	 * A consultation an expert logged.
	 *
	 * @param id the consultation's id
	 * @param expertUser the expert's login
	 * @param heldOn the day it was held
	 * @param hours its hours
	 * @param topic what it was about
	 */
	public record ConsultationView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id, @Schema(example = "expertin") String expertUser, @Schema(example = "2026-11-20") LocalDate heldOn, @Schema(example = "2.5") BigDecimal hours, @Schema(example = "Workshop mit dem Integrationsbeirat") String topic) {
	}

	/**
	 * A note on a pilot.
	 *
	 * @param id the note's id
	 * @param author the author's login
	 * @param text the note
	 * @param createdAt when it was written
	 * @param editedAt when it was last edited, if it was
	 */
	public record NoteView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id, @Schema(example = "koordination") String author, @Schema(example = "Rückruf der Kommune am Montag.") String text, @Schema(example = "2026-11-20T09:15:00Z") Instant createdAt, @Schema(example = "2026-11-20T09:30:00Z") Instant editedAt) {
	}

	/**
	 * A problem reported in a pilot.
	 *
	 * @param id the problem's id
	 * @param reportedBy who reported it
	 * @param description the problem
	 * @param reportedAt when it was reported
	 * @param resolution how it was resolved, once it was
	 * @param resolvedAt when it was resolved
	 */
	public record ProblemView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id, @Schema(example = "expertin") String reportedBy, @Schema(example = "Der Termin lässt sich nicht finden.") String description, @Schema(example = "2026-11-25T11:00:00Z") Instant reportedAt, @Schema(example = "Neuer Termin am 3. Dezember.") String resolution,
			@Schema(example = "2026-11-26T09:00:00Z") Instant resolvedAt) {
	}

	/**
	 * A phase the pilot entered.
	 *
	 * @param phase the phase
	 * @param label the phase as users see it
	 * @param changedAt when the pilot entered it
	 * @param changedBy who moved it there
	 */
	public record PhaseView(@Schema(example = "INTAKE") String phase, @Schema(example = "Erstgespräch") String label, @Schema(example = "2026-11-20T10:00:00Z") Instant changedAt, @Schema(example = "koordination") String changedBy) {
	}


	/** A talk's date on the pilot page (the form's values when it has none yet: empty), and whether it can be set now. */
	public record AppointmentView(String kind, String label, boolean set, String date, String start, String end, String location,
			boolean schedulable) {

		static final java.time.format.DateTimeFormatter TIME = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

		public static AppointmentView of(Pilot pilot, de.kommunalpilot.pilots.AppointmentKind kind) {
			boolean schedulable = kind.schedulableIn(pilot.phase());
			return pilot.appointment(kind).map(a -> {
				var from = a.startsAt().atZone(de.kommunalpilot.platform.GermanDates.ZONE);
				var until = a.endsAt().atZone(de.kommunalpilot.platform.GermanDates.ZONE);
				return new AppointmentView(kind.name(), kind.label(), true, from.toLocalDate().toString(), TIME.format(from), TIME.format(until),
						a.location(), schedulable);
			}).orElse(new AppointmentView(kind.name(), kind.label(), false, "", "", "", "", schedulable));
		}

		public int locationMax() {
			return Pilot.APPOINTMENT_LOCATION_MAX;
		}

		/** „12.01.2027, 10:00–12:00 Uhr“ */
		public String when() {
			return de.kommunalpilot.platform.GermanDates.format(LocalDate.parse(date)) + ", " + start + "–" + end + " Uhr";
		}
	}
}
