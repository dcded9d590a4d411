package de.kommunalpilot.pilots;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.experts.Experts.RankedExpert;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.municipalities.Municipality;
import de.kommunalpilot.platform.Roles;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.ReferenceNumbers;
import de.kommunalpilot.platform.SingleUseTokens;
import de.kommunalpilot.platform.Responsibilities;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.Calendars;
import de.kommunalpilot.practices.Practices;

/**
 * The pilots module's facade: creates pilots from enquiries and carries out every step the
 * {@code pilot-implementation} process and its people take. Each method is one transaction together
 * with the engine's state when called from a process step.
 */
@Service
@Transactional
public class Pilots {

	private static final String FEEDBACK = "pilot-feedback";

	private final PilotRepository repository;
	private final ReferenceNumbers references;
	private final Municipalities municipalities;
	private final Experts experts;
	private final Practices practices;
	private final PilotWorkflow workflow;
	private final SingleUseTokens feedbackTokens;
	private final MailOutbox outbox;
	private final Responsibilities responsibilities;

	Pilots(PilotRepository repository, ReferenceNumbers references, Municipalities municipalities, Experts experts,
			Practices practices, @Lazy PilotWorkflow workflow, SingleUseTokens feedbackTokens, MailOutbox outbox,
			Responsibilities responsibilities) {
		this.feedbackTokens = feedbackTokens;
		this.outbox = outbox;
		this.responsibilities = responsibilities;
		this.repository = repository;
		this.references = references;
		this.municipalities = municipalities;
		this.experts = experts;
		this.practices = practices;
		this.workflow = workflow;
	}

	// --- creation

	/**
	 * An enquiry's rules: its fields, and a municipality or district of the register — picked, or named so that the
	 * name fits one entry; a key must belong to the name. Refusals are collected at the fields.
	 */
	@Transactional(readOnly = true)
	public InvalidInputException.Collector check(Enquiry enquiry, InvalidInputException.Collector violations) {
		municipalities.applicant(enquiry.ags(), enquiry.municipalityName(), enquiry.check(violations));
		return violations;
	}

	/** Creates the pilot for an enquiry and starts its process, in one transaction. */
	public Pilot createFromEnquiry(Enquiry enquiry, String by) {
		Pilot pilot = registerEnquiry(enquiry, by);
		workflow.start(pilot);
		return pilot;
	}

	/**
	 * Creates the pilot for an enquiry whose process is already running (started in Tasklist), and
	 * acknowledges it to the municipality's contact with the reference — in the same transaction, so no
	 * mail goes out for an enquiry that is not stored.
	 */
	public Pilot registerEnquiry(Enquiry enquiry, String by) {
		InvalidInputException.Collector violations = check(enquiry, new InvalidInputException.Collector());
		java.util.Optional<Municipality> applicant = municipalities.applicant(enquiry.ags(), enquiry.municipalityName(), violations);
		violations.throwIfAny();
		Municipality municipality = applicant.orElseThrow();
		Pilot pilot = new Pilot(references.next("P", Year.now(GermanDates.ZONE)), municipality.id().value(), municipality.name(),
				municipality.districtKey(), enquiry.title().strip(), enquiry.text().strip(), trim(enquiry.contactName()),
				trim(enquiry.contactEmail()), by);
		repository.save(pilot);
		if (pilot.contactEmail() != null && !pilot.contactEmail().isBlank()) {
			outbox.queue(pilot.contactEmail(), "Ihre Anfrage „" + pilot.title() + "“ – " + pilot.reference(), MailOutbox.letter(
					pilot.contactName(), "vielen Dank für Ihre Anfrage „" + pilot.title() + "“ für " + pilot.municipalityName()
							+ ". Sie ist bei uns unter dem Zeichen " + pilot.reference() + " eingegangen; bitte geben Sie es bei "
							+ "Rückfragen an.\n\nDie Koordination prüft Ihre Anfrage in den nächsten Tagen und meldet sich bei Ihnen – "
							+ "in der Regel mit einem Vorschlag für ein Erstgespräch."),
					"enquiry-received", pilot.reference());
		}
		return pilot;
	}

	// --- reading

	/** The id of the pilot with this reference (the business key of its process). */
	@Transactional(readOnly = true)
	public PilotId idOf(String reference) {
		return get(reference).id();
	}

	@Transactional(readOnly = true)
	public <T> T read(PilotId id, Function<Pilot, T> reader) {
		return reader.apply(get(id));
	}

	@Transactional(readOnly = true)
	public <T> T read(String reference, Function<Pilot, T> reader) {
		return reader.apply(get(reference));
	}

	@Transactional(readOnly = true)
	public <T> List<T> readAll(Function<Pilot, T> reader) {
		return repository.findAll().stream().map(reader).toList();
	}

	/** A page of the pilots the filter selects, mapped inside the transaction. */
	@Transactional(readOnly = true)
	public <T> org.springframework.data.domain.Page<T> search(PilotFilter filter,
			org.springframework.data.domain.Pageable pageable, Function<Pilot, T> reader) {
		return repository.findAll(filter.specification(), pageable).map(reader);
	}

	@Transactional(readOnly = true)
	public long count() {
		return repository.count();
	}

	/** Whether the user may see the pilot: staff see all, experts the pilots they were asked for. */
	public static boolean visibleTo(Pilot pilot, String userId, Set<String> groups) {
		if (Roles.isStaff(groups)) {
			return true;
		}
		return groups.contains("experts") && pilot.isAssignedTo(userId);
	}

	// --- responsibility (Fallverantwortung)

	/** Who gets the coordination's next step of the pilot: its responsible coordinator, or their substitute while they are away. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> coordinatorForNextStep(String reference) {
		return repository.findByReference(reference).map(pilot -> responsibilities.coordinatorForNextStep(pilot.responsibility()));
	}

	/** Sets (or with {@code null} removes) who stands in for the responsible coordinator. */
	public void setSubstitute(String reference, String substitute, Set<String> groups) {
		responsibilities.setSubstitute(get(reference), substitute, groups);
	}

	/** The coordinator who accepted the enquiry looks after the pilot, unless someone does already. */
	public void takeResponsibility(PilotId id, String coordinator) {
		get(id).takeResponsibility(coordinator);
	}

	/**
	 * Hands the pilot to another coordinator: their group's open steps of the pilot follow, the handover
	 * shows in the timeline. Only coordinators hand over, and only to a coordinator.
	 */
	public void handOver(String reference, String to, String by, Set<String> groups) {
		responsibilities.handOver(get(reference), to, by, groups);
	}

	// --- appointments

	/**
	 * Sets or moves the date of the first talk or the kick-off (the coordination only) and sends it as a calendar
	 * entry to the municipality's contact and, for the kick-off, to the pilot's expert; a moved date replaces the
	 * entry they have.
	 */
	public Appointment schedule(String reference, AppointmentKind kind, LocalDate date, java.time.LocalTime start,
			java.time.LocalTime end, String location, Set<String> groups) {
		if (!groups.contains(Responsibilities.GROUP)) {
			throw new NotPermittedException("Termine legt die Koordination fest.");
		}
		Pilot pilot = get(reference);
		boolean moved = pilot.appointment(kind).isPresent();
		Appointment appointment = pilot.schedule(kind, date, start, end, location);
		String when = GermanDates.format(appointment.startsAt().atZone(GermanDates.ZONE).toLocalDate()) + ", "
				+ start + "–" + end + " Uhr";
		String text = (moved ? "der Termin für das " + kind.label() + " zum Pilotvorhaben „" + pilot.title() + "“ (" + reference
				+ ") hat sich geändert. Neu: " : "wir haben das " + kind.label() + " zum Pilotvorhaben „" + pilot.title() + "“ ("
				+ reference + ") verabredet: ") + when + ", " + appointment.location() + ".\n\nDen Termin finden Sie als Kalendereintrag im Anhang.";
		sendAppointment(pilot, kind, (moved ? "Geänderter Termin: " : "Termin: ") + kind.label() + " – " + reference, text,
				Calendars.publish(List.of(pilot.calendarEvent(kind).orElseThrow())));
		return appointment;
	}

	/** A pilot that ends before its talks took place calls them off in the calendars it sent them to. */
	private void callOffAppointments(Pilot pilot) {
		for (AppointmentKind kind : AppointmentKind.values()) {
			pilot.appointment(kind).filter(a -> a.startsAt().isAfter(java.time.Instant.now())).ifPresent(a -> sendAppointment(pilot, kind,
					"Abgesagt: " + kind.label() + " – " + pilot.reference(), "das " + kind.label() + " zum Pilotvorhaben „" + pilot.title()
							+ "“ (" + pilot.reference() + ") am " + GermanDates.format(a.startsAt().atZone(GermanDates.ZONE).toLocalDate())
							+ " findet nicht statt: das Vorhaben ist " + pilot.phase().label() + ".",
					Calendars.cancel(List.of(pilot.calendarEvent(kind).orElseThrow()))));
		}
	}

	/** The municipality's contact and, for the kick-off, the pilot's expert get the talk's calendar entry. */
	private void sendAppointment(Pilot pilot, AppointmentKind kind, String subject, String text, String ics) {
		var files = List.of(Calendars.attachment(kind.label() + "-" + pilot.reference() + ".ics", ics));
		if (pilot.contactEmail() != null && !pilot.contactEmail().isBlank()) {
			outbox.queue(pilot.contactEmail(), subject, MailOutbox.letter(pilot.contactName(), text), "appointment", pilot.reference(), files);
		}
		if (kind == AppointmentKind.KICK_OFF) {
			pilot.assignedExpert().map(a -> experts.get(new ExpertId(a.expertId()))).filter(expert -> expert.email() != null)
					.ifPresent(expert -> outbox.queue(expert.email(), subject, MailOutbox.letter(expert.name(), text), "appointment",
							pilot.reference(), files));
		}
	}

	// --- phases

	public void enterPhase(PilotId id, PilotPhase phase, String by) {
		Pilot pilot = get(id);
		pilot.enterPhase(phase, by);
		if (phase.isClosed()) {
			pilot.assignedExpert().ifPresent(a -> experts.assignmentEnded(new ExpertId(a.expertId()), pilot.reference()));
			if (phase != PilotPhase.COMPLETED) {
				callOffAppointments(pilot);
			}
		}
		repository.save(pilot);
	}

	public void decline(PilotId id, String reason, String by) {
		Pilot pilot = get(id);
		pilot.decline(reason, by);
		repository.save(pilot);
	}

	/** Cancels the pilot through its process (the process records the cancellation). */
	public void requestCancellation(String reference, String reason, String by) {
		Pilot pilot = get(reference);
		String stripped = FormFields.requireReason(reason);
		if (pilot.phase().isClosed()) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist bereits " + pilot.phase().label() + ".");
		}
		workflow.cancel(pilot, stripped);
	}

	public void recordCancellation(PilotId id, String reason, String by) {
		Pilot pilot = get(id);
		pilot.cancel(reason, by);
		pilot.assignedExpert().ifPresent(a -> experts.assignmentEnded(new ExpertId(a.expertId()), pilot.reference()));
		callOffAppointments(pilot);
		repository.save(pilot);
	}

	// --- intake and practice

	public void captureNeeds(PilotId id, Pilot.Needs needs) {
		Pilot pilot = get(id);
		pilot.captureNeeds(needs);
		repository.save(pilot);
	}

	public void recommend(PilotId id, Set<String> practiceCodes) {
		Pilot pilot = get(id);
		pilot.recommend(practiceCodes);
		repository.save(pilot);
	}

	public void choosePractice(PilotId id, String practiceCode) {
		practices.get(practiceCode);
		Pilot pilot = get(id);
		pilot.choosePractice(practiceCode);
		repository.save(pilot);
	}

	// --- experts

	/** The available experts for the pilot, best first; experts asked before are left out. */
	@Transactional(readOnly = true)
	public List<RankedExpert> rankExperts(PilotId id) {
		Pilot pilot = get(id);
		Set<ExpertId> asked = new HashSet<>();
		pilot.assignments().forEach(a -> asked.add(new ExpertId(a.expertId())));
		return experts.rank(new Experts.RankingRequest(pilot.sdgs(), pilot.topic() == null ? Set.of() : Set.of(pilot.topic()),
				pilot.districtKey(), pilot.preferredLanguage(), asked));
	}

	/** Asks an expert; returns the expert's login, to whom the answer task goes. */
	public String requestExpert(PilotId id, ExpertId expertId, Integer consultationDays) {
		var expert = experts.get(expertId);
		if (expert.userId() == null) {
			throw new InvalidInputException(java.util.Map.of("expertId", expert.name() + " hat noch keinen Zugang."));
		}
		Pilot pilot = get(id);
		pilot.requestExpert(expertId.value(), expert.userId(), expert.name(), consultationDays);
		repository.save(pilot);
		return expert.userId();
	}

	public void answerRequest(PilotId id, boolean accepted, String reason) {
		Pilot pilot = get(id);
		Assignment request = pilot.openRequest();
		pilot.answerRequest(accepted, reason);
		if (accepted) {
			experts.assignmentStarted(new ExpertId(request.expertId()), pilot.reference());
		}
		repository.save(pilot);
	}

	public void requestUnanswered(PilotId id) {
		Pilot pilot = get(id);
		pilot.requestUnanswered();
		repository.save(pilot);
	}

	// --- plan and implementation

	public void plan(PilotId id, List<Pilot.PlannedMilestone> plan) {
		Pilot pilot = get(id);
		pilot.plan(plan);
		repository.save(pilot);
	}

	/**
	 * Ids of the plan's milestones in order: one "Meilenstein umsetzen" each. The list stays the same while
	 * milestones are done, because the engine reads it again for every step of the sequence.
	 */
	@Transactional(readOnly = true)
	public List<String> milestoneIds(PilotId id) {
		return get(id).milestones().stream().map(m -> m.id().toString()).toList();
	}

	public void completeMilestone(PilotId id, UUID milestoneId, String result, Consultation.Entry consultation,
			String by) {
		Pilot pilot = get(id);
		pilot.completeMilestone(milestoneId, result);
		if (consultation != null) {
			pilot.logConsultation(milestoneId, by, consultation.heldOn(), consultation.hours(), consultation.topic());
		}
		repository.save(pilot);
	}

	public void noteDelay(PilotId id, UUID milestoneId, String note, LocalDate newDueDate) {
		Pilot pilot = get(id);
		pilot.noteDelay(milestoneId, note, newDueDate);
		repository.save(pilot);
	}

	/** Logs a consultation outside a milestone task; only the assigned expert may. */
	public Consultation logConsultation(String reference, Consultation.Entry entry, String by) {
		entry.validate();
		Pilot pilot = get(reference);
		Consultation consultation = pilot.logConsultation(null, by, entry.heldOn(), entry.hours(), entry.topic());
		repository.save(pilot);
		return consultation;
	}

	/** Records a problem and raises "Problem klären" for the coordinators. */
	public UUID reportProblem(String reference, String description, String by, Set<String> groups) {
		if (description == null || description.isBlank() || description.length() > Problem.TEXT_MAX) {
			throw new InvalidInputException(java.util.Map.of("description", "Bitte das Problem beschreiben (höchstens " + Problem.TEXT_MAX + " Zeichen)."));
		}
		Pilot pilot = get(reference);
		if (!visibleTo(pilot, by, groups) || (groups.contains("experts") && !groups.contains("coordinators")
				&& pilot.assignedExpert().filter(a -> a.expertUser().equals(by)).isEmpty())) {
			throw new NotPermittedException("Probleme melden die zugewiesene Expert*in und die Koordination.");
		}
		if (pilot.phase().isClosed()) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist bereits " + pilot.phase().label() + ".");
		}
		UUID problemId = pilot.reportProblem(by, description.strip()).id();
		repository.save(pilot);
		workflow.problemReported(pilot, problemId);
		return problemId;
	}

	/** Records a problem reported inside a task form; the process raises the clarification itself. */
	public UUID recordProblem(PilotId id, String description, String by) {
		Pilot pilot = get(id);
		UUID problemId = pilot.reportProblem(by, description).id();
		repository.save(pilot);
		return problemId;
	}

	public void resolveProblem(PilotId id, UUID problemId, String resolution) {
		Pilot pilot = get(id);
		pilot.resolveProblem(problemId, resolution);
		repository.save(pilot);
	}

	// --- documentation, feedback, closure

	public void document(PilotId id, String results, String lessonsLearned, String recommendations) {
		Pilot pilot = get(id);
		pilot.document(results, lessonsLearned, recommendations);
		repository.save(pilot);
	}

	public void recordFeedback(PilotId id, int rating, String text) {
		Pilot pilot = get(id);
		pilot.recordFeedback(rating, text);
		repository.save(pilot);
	}

	/** Issues a single-use link token with which the municipality gives its feedback without a login. */
	public String issueFeedbackToken(PilotId id) {
		return feedbackTokens.issue(FEEDBACK, get(id).id().toString(), java.time.Duration.ofDays(60));
	}

	/**
	 * The pilot a feedback link belongs to, while the link can be used; otherwise a
	 * {@link FeedbackLinkUnavailableException} that says why.
	 */
	@Transactional(readOnly = true)
	public <T> T readForFeedback(String token, Function<Pilot, T> reader) {
		SingleUseTokens.Token found = feedbackTokens.find(FEEDBACK, token)
				.orElseThrow(() -> new FeedbackLinkUnavailableException(false, "Diesen Rückmeldelink gibt es nicht. Bitte prüfen Sie, ob er vollständig kopiert wurde."));
		if (found.used()) {
			throw new FeedbackLinkUnavailableException(true, "Über diesen Link ist bereits eine Rückmeldung eingegangen. Vielen Dank!");
		}
		if (found.expired()) {
			throw new FeedbackLinkUnavailableException(true, "Dieser Rückmeldelink ist abgelaufen. Bitte wenden Sie sich an die Koordination.");
		}
		Pilot pilot = repository.findById(java.util.UUID.fromString(found.subject())).orElseThrow();
		if (pilot.phase() != PilotPhase.FEEDBACK) {
			throw new FeedbackLinkUnavailableException(true, "Die Rückmeldung zu diesem Pilotvorhaben wurde bereits erfasst. Vielen Dank!");
		}
		return reader.apply(pilot);
	}

	/** The municipality's feedback through its link: checked, the link used up, the process step completed — together. */
	public void giveFeedback(String token, String rating, String text) {
		Pilot pilot = readForFeedback(token, p -> p);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		FormFields.oneOf(violations, "feedbackRating", rating, java.util.List.of("1", "2", "3", "4", "5"),
				"Bitte wählen Sie aus, wie zufrieden Sie sind.");
		FormFields.requiredText(violations, "feedbackText", text, Pilot.FEEDBACK_MAX, "Ihre Rückmeldung");
		violations.throwIfAny();
		if (!feedbackTokens.use(FEEDBACK, token) || !workflow.completeFeedback(pilot, rating, text.strip())) {
			throw new FeedbackLinkUnavailableException(true, "Über diesen Link ist bereits eine Rückmeldung eingegangen. Vielen Dank!");
		}
	}

	public void commentClosure(PilotId id, String comment) {
		Pilot pilot = get(id);
		pilot.commentClosure(comment);
		repository.save(pilot);
	}

	/** Adds the pilot's results as evidence to the practices it realised. */
	public void adoptResults(PilotId id) {
		Pilot pilot = get(id);
		String summary = pilot.results() == null ? pilot.title() : pilot.results();
		pilot.chosenPractices().forEach(code -> practices.addEvidence(code, pilot.reference(), pilot.municipalityName(), summary));
	}

	// --- notes

	public Note addNote(String reference, String author, String text) {
		checkNote(text);
		Pilot pilot = get(reference);
		Note note = pilot.addNote(author, text.strip());
		repository.save(pilot);
		return note;
	}

	public void editNote(String reference, UUID noteId, String editor, String text) {
		checkNote(text);
		Pilot pilot = get(reference);
		pilot.editNote(noteId, editor, text.strip());
		repository.save(pilot);
	}

	private static void checkNote(String text) {
		if (text == null || text.isBlank() || text.length() > Pilot.NOTE_MAX) {
			throw new InvalidInputException(java.util.Map.of("text", "Die Notiz darf nicht leer sein und höchstens " + Pilot.NOTE_MAX + " Zeichen haben."));
		}
	}

	private Pilot get(PilotId id) {
		return repository.findById(id.value())
				.orElseThrow(() -> new NoSuchElementException("Kein Pilotvorhaben mit der Kennung " + id + "."));
	}

	private Pilot get(String reference) {
		return repository.findByReference(reference)
				.orElseThrow(() -> new NoSuchElementException("Kein Pilotvorhaben " + reference + "."));
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// --- commands

	/** An enquiry of a municipality for a pilot. */
	public record Enquiry(String ags, String municipalityName, String title, String text, String contactName,
			String contactEmail) {

		/** The fields' own rules; {@link Pilots#check} adds the register's. */
		public InvalidInputException.Collector check(InvalidInputException.Collector violations) {
			return Fields.checkEnquiry(ags, municipalityName, title, text, contactName, contactEmail, violations);
		}
	}



}
