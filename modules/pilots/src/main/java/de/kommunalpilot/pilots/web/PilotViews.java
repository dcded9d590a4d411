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

	/** A pilot with everything the API shows of it: enquiry, needs, practices, experts, milestones, consultations, notes. */
	@Schema(name = "PilotDetail")
	public record Detail(@Schema(example = "P-2026-0001") String reference, String title, String municipality, String districtKey, String enquiry,
			String contactName, String contactEmail, String phase, String phaseLabel, String needs, Set<Integer> sdgs,
			Integer primarySdg, String topic, String targetGroups, LocalDate plannedStart, LocalDate plannedEnd,
			BigDecimal budget, Set<String> recommendedPractices, Set<String> chosenPractices, List<AssignmentView> experts,
			List<MilestoneView> milestones, List<ConsultationView> consultations, BigDecimal totalHours,
			List<NoteView> notes, List<ProblemView> problems, List<PhaseView> phaseHistory, String declineReason,
			String cancellationReason, String results, String lessonsLearned, Integer feedbackRating,
			String feedbackText, Instant createdAt, Instant closedAt, String responsibleCoordinator,
			List<de.kommunalpilot.platform.ResponsibilityChange> handovers, String substituteCoordinator) {

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

	public record AssignmentView(String expertId, String expertUser, String expertName, String status, String statusLabel,
			Instant requestedAt, Instant answeredAt, BigDecimal hours) {
	}

	public record MilestoneView(String id, String title, LocalDate dueDate, String status, String statusLabel, String result,
			Instant completedAt, String delayNote) {
	}

	public record ConsultationView(String id, String expertUser, LocalDate heldOn, BigDecimal hours, String topic) {
	}

	public record NoteView(String id, String author, String text, Instant createdAt, Instant editedAt) {
	}

	public record ProblemView(String id, String reportedBy, String description, Instant reportedAt, String resolution,
			Instant resolvedAt) {
	}

	public record PhaseView(String phase, String label, Instant changedAt, String changedBy) {
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
