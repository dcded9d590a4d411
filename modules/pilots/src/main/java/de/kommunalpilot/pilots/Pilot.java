package de.kommunalpilot.pilots;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AbstractAggregateRoot;

import de.kommunalpilot.pilots.PilotEvents.ConsultationLogged;
import de.kommunalpilot.pilots.PilotEvents.ExpertAssigned;
import de.kommunalpilot.pilots.PilotEvents.PilotClosed;
import de.kommunalpilot.pilots.PilotEvents.PilotCreated;
import de.kommunalpilot.pilots.PilotEvents.PilotPhaseChanged;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.Responsibility;
import de.kommunalpilot.platform.ResponsibilityChange;
import de.kommunalpilot.platform.ResponsibleCase;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.Topic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A pilot implementation (Pilotvorhaben): one municipality realises a best practice with the advice of a
 * migrant expert. The process moves it through its phases; everything the people involved capture on
 * the way is kept here.
 */
@Entity
@Table(name = "pilot_pilot")
public class Pilot extends AbstractAggregateRoot<Pilot> implements ResponsibleCase {

	/** The longest texts the pilot keeps, one home for forms, API and checks. */
	public static final int NEEDS_MAX = 4000;
	public static final int SHORT_TEXT_MAX = 500;
	public static final int LANGUAGE_MAX = 50;
	public static final int DOCUMENTATION_MAX = 8000;
	public static final int FEEDBACK_MAX = 4000;
	public static final int COMMENT_MAX = 2000;
	public static final int NOTE_MAX = 4000;
	public static final long BUDGET_MAX = 10_000_000;
	/** A plan has at most this many milestones (the form offers as many rows). */
	public static final int MAX_MILESTONES = 8;
	public static final int MIN_CONSULTATION_DAYS = 1;
	public static final int MAX_CONSULTATION_DAYS = 60;

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String reference;

	/** The reference's year and number as one sortable figure (the database computes it). */
	@Column(name = "reference_order", insertable = false, updatable = false)
	private Long referenceOrder;

	@Column(name = "municipality_id", nullable = false)
	private UUID municipalityId;

	@Column(name = "municipality_name", nullable = false)
	private String municipalityName;

	@Column(name = "district_key", nullable = false)
	private String districtKey;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String enquiry;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "contact_email")
	private String contactEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PilotPhase phase;

	private String needs;

	@Column(name = "target_groups")
	private String targetGroups;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	@Column(name = "primary_sdg")
	private Integer primarySdg;

	@Column(name = "planned_start")
	private LocalDate plannedStart;

	@Column(name = "planned_end")
	private LocalDate plannedEnd;

	private BigDecimal budget;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	@Column(name = "consultation_days")
	private Integer consultationDays;

	@Column(name = "decline_reason")
	private String declineReason;

	@Column(name = "cancellation_reason")
	private String cancellationReason;

	private String results;

	@Column(name = "lessons_learned")
	private String lessonsLearned;

	private String recommendations;

	@Column(name = "feedback_rating")
	private Integer feedbackRating;

	@Column(name = "feedback_text")
	private String feedbackText;

	@Column(name = "closure_comment")
	private String closureComment;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@ElementCollection
	@CollectionTable(name = "pilot_sdg", joinColumns = @JoinColumn(name = "pilot_id"))
	@Column(name = "sdg")
	private Set<Integer> sdgs = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "pilot_recommended_practice", joinColumns = @JoinColumn(name = "pilot_id"))
	@Column(name = "practice_code")
	private Set<String> recommendedPractices = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "pilot_chosen_practice", joinColumns = @JoinColumn(name = "pilot_id"))
	@Column(name = "practice_code")
	private Set<String> chosenPractices = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "pilot_phase_change", joinColumns = @JoinColumn(name = "pilot_id"))
	@OrderColumn(name = "position")
	private List<PhaseChange> phaseHistory = new ArrayList<>();

	/** The coordinator who looks after the pilot (Fallverantwortung) and their substitute; their group's next steps are theirs. */
	@jakarta.persistence.Embedded
	private Responsibility responsibility = new Responsibility();

	@ElementCollection
	@CollectionTable(name = "pilot_responsibility_change", joinColumns = @JoinColumn(name = "pilot_id"))
	@OrderColumn(name = "position")
	private List<ResponsibilityChange> responsibilityHistory = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "pilot_appointment", joinColumns = @JoinColumn(name = "pilot_id"))
	@jakarta.persistence.MapKeyEnumerated(jakarta.persistence.EnumType.STRING)
	@jakarta.persistence.MapKeyColumn(name = "kind")
	private java.util.Map<AppointmentKind, Appointment> appointments = new java.util.EnumMap<>(AppointmentKind.class);

	// lists show the expert and overdue milestones of a whole page: load those collections page-wise
	@OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 50)
	@OrderBy("requestedAt")
	private List<Assignment> assignments = new ArrayList<>();

	@OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
	@BatchSize(size = 50)
	@OrderBy("position")
	private List<Milestone> milestones = new ArrayList<>();

	@OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("heldOn")
	private List<Consultation> consultations = new ArrayList<>();

	@OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt")
	private List<Note> notes = new ArrayList<>();

	@OneToMany(mappedBy = "pilot", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("reportedAt")
	private List<Problem> problems = new ArrayList<>();

	@Version
	private long version;

	protected Pilot() {
	}

	Pilot(String reference, UUID municipalityId, String municipalityName, String districtKey, String title,
			String enquiry, String contactName, String contactEmail, String createdBy) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.municipalityId = municipalityId;
		this.municipalityName = municipalityName;
		this.districtKey = districtKey;
		this.title = title;
		this.enquiry = enquiry;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
		this.createdAt = Instant.now();
		this.phase = PilotPhase.ENQUIRY;
		this.phaseHistory.add(new PhaseChange(PilotPhase.ENQUIRY, createdAt, createdBy));
		registerEvent(new PilotCreated(id(), reference, municipalityName, districtKey, createdAt));
	}

	// --- phases

	void enterPhase(PilotPhase next, String by) {
		if (phase == next) {
			return;
		}
		if (phase.isClosed()) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist bereits " + phase.label() + ".");
		}
		PilotPhase previous = phase;
		phase = next;
		Instant now = Instant.now();
		phaseHistory.add(new PhaseChange(next, now, by));
		registerEvent(new PilotPhaseChanged(id(), reference, previous, next, phaseHistory.size() - 1, now));
		if (next.isClosed()) {
			closedAt = now;
			assignments.forEach(Assignment::end);
			registerEvent(new PilotClosed(id(), reference, next, Set.copyOf(chosenPractices), now));
		}
	}

	void decline(String reason, String by) {
		this.declineReason = reason;
		enterPhase(PilotPhase.DECLINED, by);
	}

	void cancel(String reason, String by) {
		this.cancellationReason = reason;
		enterPhase(PilotPhase.CANCELLED, by);
	}

	// --- intake and practice

	void captureNeeds(Needs needs) {
		requirePhase(PilotPhase.INTAKE);
		check(needs).throwIfAny();
		this.needs = needs.description();
		this.targetGroups = needs.targetGroups();
		this.topic = needs.topic();
		this.sdgs.clear();
		needs.sdgs().forEach(sdg -> this.sdgs.add(Sdg.of(sdg).number()));
		this.primarySdg = needs.primarySdg();
		this.plannedStart = needs.plannedStart();
		this.plannedEnd = needs.plannedEnd();
		this.budget = needs.budget();
		this.preferredLanguage = needs.preferredLanguage();
		registerEvent(new PilotEvents.NeedsCaptured(id(), reference, Set.copyOf(sdgs), topic == null ? null : topic.name()));
	}

	/** The rules of the needs: texts, SDGs (the primary among them), topic, a timeframe in order, a budget in range. */
	static InvalidInputException.Collector check(Needs needs) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		FormFields.requiredText(violations, "needs", needs.description(), NEEDS_MAX, "den Bedarf");
		boolean sdgsValid = needs.sdgs() != null && !needs.sdgs().isEmpty() && needs.sdgs().stream().allMatch(Sdg::isValid);
		violations.check(sdgsValid, "sdgs", "Bitte mindestens ein SDG (1 bis 17) auswählen.");
		violations.check(needs.primarySdg() != null && Sdg.isValid(needs.primarySdg()), "primarySdg",
				"Bitte das wichtigste SDG (1 bis 17) angeben.");
		violations.check(!sdgsValid || needs.primarySdg() == null || needs.sdgs().contains(needs.primarySdg()), "primarySdg",
				"Das wichtigste SDG muss unter den ausgewählten SDGs sein.");
		violations.check(needs.topic() != null, "topic", "Bitte ein Schwerpunktthema wählen.");
		FormFields.requiredText(violations, "targetGroups", needs.targetGroups(), SHORT_TEXT_MAX, "die Zielgruppen");
		violations.check(needs.plannedStart() != null, "plannedStart", "Bitte den Beginn als Datum angeben.");
		violations.check(needs.plannedEnd() != null, "plannedEnd", "Bitte das Ende als Datum angeben.");
		violations.check(needs.plannedStart() == null || needs.plannedEnd() == null || !needs.plannedEnd().isBefore(needs.plannedStart()),
				"plannedEnd", "Das Ende darf nicht vor dem Beginn liegen.");
		violations.check(needs.budget() == null || needs.budget().signum() >= 0 && needs.budget().compareTo(BigDecimal.valueOf(BUDGET_MAX)) <= 0,
				"budget", "Das Budget muss zwischen 0 und 10.000.000 Euro liegen.");
		FormFields.optionalText(violations, "preferredLanguage", needs.preferredLanguage(), LANGUAGE_MAX);
		return violations;
	}

	void recommend(Set<String> practiceCodes) {
		recommendedPractices.clear();
		recommendedPractices.addAll(practiceCodes);
	}

	void choosePractice(String practiceCode) {
		chosenPractices.clear();
		chosenPractices.add(practiceCode);
	}

	// --- experts

	Assignment requestExpert(UUID expertId, String expertUser, String expertName, Integer days) {
		if (days == null || days < MIN_CONSULTATION_DAYS || days > MAX_CONSULTATION_DAYS) {
			throw new InvalidInputException(java.util.Map.of("consultationDays",
					"Bitte " + MIN_CONSULTATION_DAYS + " bis " + MAX_CONSULTATION_DAYS + " Beratungstage angeben."));
		}
		if (phase.isClosed()) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist bereits " + phase.label() + ".");
		}
		if (assignments.stream().anyMatch(a -> a.expertId().equals(expertId))) {
			throw new ConflictException(expertName + " wurde für dieses Vorhaben bereits angefragt.");
		}
		Assignment assignment = new Assignment(this, expertId, expertUser, expertName);
		assignments.add(assignment);
		this.consultationDays = days;
		return assignment;
	}

	Assignment openRequest() {
		return assignments.stream().filter(a -> a.status() == Assignment.Status.REQUESTED).findFirst()
				.orElseThrow(() -> new ConflictException("Für " + reference + " ist keine Anfrage an eine Expert*in offen."));
	}

	void answerRequest(boolean accepted, String reason) {
		if (reason != null && reason.length() > COMMENT_MAX) {
			throw new InvalidInputException(java.util.Map.of("requestDeclineReason", "Höchstens " + COMMENT_MAX + " Zeichen."));
		}
		Assignment request = openRequest();
		request.answer(accepted ? Assignment.Status.ACCEPTED : Assignment.Status.DECLINED, reason);
		if (accepted) {
			registerEvent(new ExpertAssigned(id(), reference, request.expertId().toString(), request.expertUser()));
		}
	}

	void requestUnanswered() {
		openRequest().answer(Assignment.Status.NO_ANSWER, null);
	}

	public Optional<Assignment> assignedExpert() {
		return assignments.stream()
				.filter(a -> a.status() == Assignment.Status.ACCEPTED || a.status() == Assignment.Status.ENDED)
				.reduce((first, second) -> second);
	}

	public boolean isAssignedTo(String userId) {
		return assignments.stream().anyMatch(a -> a.expertUser().equals(userId) && Assignment.SEES_THE_PILOT.contains(a.status()));
	}

	// --- plan and implementation

	/**
	 * The expert's plan: 1 to {@link #MAX_MILESTONES} milestones with a title and a due date from today;
	 * violations name {@code milestones[i].title} and {@code milestones[i].dueDate}.
	 */
	void plan(List<PlannedMilestone> plan) {
		requirePhase(PilotPhase.PLANNING);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		if (plan.isEmpty() || plan.size() > MAX_MILESTONES) {
			violations.reject("milestones", "Bitte 1 bis " + MAX_MILESTONES + " Meilensteine angeben.");
		}
		for (int i = 0; i < plan.size(); i++) {
			FormFields.requiredText(violations, "milestones[" + i + "].title", plan.get(i).title(), Milestone.TITLE_MAX, "einen Titel");
			LocalDate due = plan.get(i).dueDate();
			violations.check(due != null && !due.isBefore(LocalDate.now(GermanDates.ZONE)), "milestones[" + i + "].dueDate",
					"Bitte ein Fälligkeitsdatum ab heute angeben.");
		}
		violations.throwIfAny();
		milestones.removeIf(m -> m.status() == Milestone.Status.PLANNED);
		int position = milestones.size();
		for (PlannedMilestone planned : plan) {
			milestones.add(new Milestone(this, ++position, planned.title(), planned.dueDate()));
		}
	}

	public Milestone milestone(UUID milestoneId) {
		return milestones.stream().filter(m -> m.id().equals(milestoneId)).findFirst()
				.orElseThrow(() -> new java.util.NoSuchElementException("Kein Meilenstein " + milestoneId + " in " + reference + "."));
	}

	void completeMilestone(UUID milestoneId, String result) {
		requirePhase(PilotPhase.IMPLEMENTATION);
		milestone(milestoneId).complete(result);
	}

	void noteDelay(UUID milestoneId, String note, LocalDate newDueDate) {
		milestone(milestoneId).noteDelay(note, newDueDate);
	}

	Consultation logConsultation(UUID milestoneId, String expertUser, LocalDate heldOn, BigDecimal hours, String topic) {
		if (phase.isClosed()) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist bereits " + phase.label() + ".");
		}
		if (assignedExpert().filter(a -> a.expertUser().equals(expertUser)).isEmpty()) {
			throw new NotPermittedException("Beratungen erfasst nur die Expert*in, die die Beratung übernommen hat.");
		}
		Consultation.check(heldOn, hours, topic).throwIfAny();
		LocalDate enquired = createdAt.atZone(GermanDates.ZONE).toLocalDate();
		if (heldOn.isBefore(enquired)) {
			throw new InvalidInputException(java.util.Map.of("heldOn",
					"Die Beratung kann nicht vor der Anfrage (" + GermanDates.format(enquired) + ") stattgefunden haben."));
		}
		Consultation consultation = new Consultation(this, milestoneId, expertUser, heldOn, hours, topic);
		consultations.add(consultation);
		registerEvent(new ConsultationLogged(id(), consultation.id(), reference, expertUser, heldOn, hours));
		return consultation;
	}

	Problem reportProblem(String by, String description) {
		if (description == null || description.isBlank() || description.length() > Problem.TEXT_MAX) {
			throw new InvalidInputException(java.util.Map.of("description",
					"Bitte das Problem beschreiben (höchstens " + Problem.TEXT_MAX + " Zeichen)."));
		}
		if (phase.isClosed()) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist bereits " + phase.label() + ".");
		}
		Problem problem = new Problem(this, by, description);
		problems.add(problem);
		return problem;
	}

	void resolveProblem(UUID problemId, String resolution) {
		problems.stream().filter(p -> p.id().equals(problemId)).findFirst()
				.orElseThrow(() -> new java.util.NoSuchElementException("Kein gemeldetes Problem " + problemId + "."))
				.resolve(resolution);
	}

	// --- documentation, feedback, closure

	void document(String results, String lessonsLearned, String recommendations) {
		requirePhase(PilotPhase.DOCUMENTATION);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		FormFields.requiredText(violations, "results", results, DOCUMENTATION_MAX, "die Ergebnisse");
		FormFields.requiredText(violations, "lessonsLearned", lessonsLearned, DOCUMENTATION_MAX, "die Erfahrungen");
		FormFields.optionalText(violations, "recommendations", recommendations, DOCUMENTATION_MAX);
		violations.throwIfAny();
		this.results = results;
		this.lessonsLearned = lessonsLearned;
		this.recommendations = recommendations;
	}

	void recordFeedback(int rating, String text) {
		requirePhase(PilotPhase.FEEDBACK);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		violations.check(rating >= 1 && rating <= 5, "feedbackRating", "Bitte die Zufriedenheit von 1 bis 5 angeben.");
		FormFields.requiredText(violations, "feedbackText", text, FEEDBACK_MAX, "die Rückmeldung");
		violations.throwIfAny();
		this.feedbackRating = rating;
		this.feedbackText = text;
	}

	void commentClosure(String comment) {
		requirePhase(PilotPhase.CLOSURE);
		if (comment != null && comment.length() > COMMENT_MAX) {
			throw new InvalidInputException(java.util.Map.of("closureComment", "Höchstens " + COMMENT_MAX + " Zeichen."));
		}
		this.closureComment = comment;
	}

	private void requirePhase(PilotPhase expected) {
		if (phase != expected) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist in der Phase „" + phase.label() + "“, nicht „"
					+ expected.label() + "“.");
		}
	}

	// --- notes

	Note addNote(String author, String text) {
		Note note = new Note(this, author, text);
		notes.add(note);
		return note;
	}

	void editNote(UUID noteId, String editor, String text) {
		notes.stream().filter(n -> n.id().equals(noteId)).findFirst()
				.orElseThrow(() -> new java.util.NoSuchElementException("Keine Notiz " + noteId + "."))
				.edit(editor, text);
	}

	// --- reading

	public PilotId id() {
		return new PilotId(id);
	}

	@Override
	public String reference() {
		return reference;
	}

	public UUID municipalityId() {
		return municipalityId;
	}

	public String municipalityName() {
		return municipalityName;
	}

	public String districtKey() {
		return districtKey;
	}

	public String title() {
		return title;
	}

	public String enquiry() {
		return enquiry;
	}

	public String contactName() {
		return contactName;
	}

	public String contactEmail() {
		return contactEmail;
	}

	public PilotPhase phase() {
		return phase;
	}

	public String needs() {
		return needs;
	}

	public String targetGroups() {
		return targetGroups;
	}

	public Topic topic() {
		return topic;
	}

	public Integer primarySdg() {
		return primarySdg;
	}

	public Set<Integer> sdgs() {
		return Set.copyOf(sdgs);
	}

	public LocalDate plannedStart() {
		return plannedStart;
	}

	public LocalDate plannedEnd() {
		return plannedEnd;
	}

	public BigDecimal budget() {
		return budget;
	}

	public String preferredLanguage() {
		return preferredLanguage;
	}

	public Integer consultationDays() {
		return consultationDays;
	}

	public Set<String> recommendedPractices() {
		return Set.copyOf(recommendedPractices);
	}

	public Set<String> chosenPractices() {
		return Set.copyOf(chosenPractices);
	}

	public String declineReason() {
		return declineReason;
	}

	public String cancellationReason() {
		return cancellationReason;
	}

	public String results() {
		return results;
	}

	public String lessonsLearned() {
		return lessonsLearned;
	}

	public String recommendations() {
		return recommendations;
	}

	public Integer feedbackRating() {
		return feedbackRating;
	}

	public String feedbackText() {
		return feedbackText;
	}

	public String closureComment() {
		return closureComment;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant closedAt() {
		return closedAt;
	}

	/** The Fallverantwortung (Hibernate leaves the field empty while nobody has the pilot). */
	@Override
	public Responsibility responsibility() {
		if (responsibility == null) {
			responsibility = new Responsibility();
		}
		return responsibility;
	}

	public String responsibleCoordinator() {
		return responsibility().responsible();
	}

	public String substituteCoordinator() {
		return responsibility().substitute();
	}

	@Override
	public void setSubstitute(String coordinator) {
		responsibility().setSubstitute(coordinator);
	}

	public List<ResponsibilityChange> responsibilityHistory() {
		return List.copyOf(responsibilityHistory);
	}

	/** The coordinator who accepts the enquiry takes the case, unless someone has it already. */
	void takeResponsibility(String coordinator) {
		responsibility().take(coordinator).ifPresent(responsibilityHistory::add);
	}

	/** Hands the case to another coordinator; a closed pilot keeps whoever had it. */
	@Override
	public void handOver(String to, String by) {
		if (phase.isClosed()) {
			throw new ConflictException("Das Pilotvorhaben " + reference + " ist bereits " + phase.label() + ".");
		}
		responsibilityHistory.add(responsibility().handOver(to, by, "Das Pilotvorhaben " + reference));
	}

	// --- appointments (first talk, kick-off)

	public static final int APPOINTMENT_LOCATION_MAX = 300;
	public static final int APPOINTMENT_MAX_HOURS = 10;

	public java.util.Optional<Appointment> appointment(AppointmentKind kind) {
		return java.util.Optional.ofNullable(appointments.get(kind));
	}

	/**
	 * Sets or moves the date of a talk while its phase allows it: on one day, from {@code start} to {@code end}
	 * (at most {@value #APPOINTMENT_MAX_HOURS} hours), not in the past, at a place or link. A moved date keeps its
	 * calendar entry (a higher sequence).
	 */
	Appointment schedule(AppointmentKind kind, LocalDate date, java.time.LocalTime start, java.time.LocalTime end, String location) {
		if (!kind.schedulableIn(phase)) {
			throw new ConflictException("Den Termin für das " + kind.label() + " legt man in der Phase „" + phase.label()
					+ "“ nicht mehr fest.");
		}
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		violations.check(date != null, "date", "Bitte das Datum angeben.");
		violations.check(start != null, "start", "Bitte den Beginn angeben.");
		violations.check(end != null, "end", "Bitte das Ende angeben.");
		FormFields.requiredText(violations, "location", location, APPOINTMENT_LOCATION_MAX, "den Ort oder Link");
		if (date != null) {
			violations.check(!date.isBefore(LocalDate.now(GermanDates.ZONE)), "date", "Der Termin liegt in der Vergangenheit.");
			violations.check(date.isBefore(LocalDate.now(GermanDates.ZONE).plusYears(2)), "date", "Bitte einen Termin in den nächsten zwei Jahren angeben.");
		}
		if (start != null && end != null) {
			violations.check(end.isAfter(start), "end", "Das Ende liegt nach dem Beginn.");
			violations.check(java.time.Duration.between(start, end).compareTo(java.time.Duration.ofHours(APPOINTMENT_MAX_HOURS)) <= 0, "end",
					"Ein Gespräch dauert höchstens " + APPOINTMENT_MAX_HOURS + " Stunden.");
		}
		violations.throwIfAny();
		Appointment previous = appointments.get(kind);
		Appointment appointment = new Appointment(date.atTime(start).atZone(GermanDates.ZONE).toInstant(),
				date.atTime(end).atZone(GermanDates.ZONE).toInstant(), location.strip(), previous == null ? 0 : previous.sequence() + 1);
		appointments.put(kind, appointment);
		return appointment;
	}

	/** The talk as a calendar entry (one UID per pilot and talk); none while it has no date. */
	public java.util.Optional<de.kommunalpilot.platform.Calendars.Event> calendarEvent(AppointmentKind kind) {
		String description = kind.label() + " zum Pilotvorhaben " + reference + " in " + municipalityName;
		return appointment(kind).map(a -> new de.kommunalpilot.platform.Calendars.Event(
				"pilot-" + reference + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "@kommunalpilot", a.sequence(),
				(phase.isClosed() && phase != PilotPhase.COMPLETED ? "Abgesagt – " : "") + kind.label() + ": " + title + " (" + reference + ")",
				description, a.location(), a.startsAt(), a.endsAt()));
	}

	public List<PhaseChange> phaseHistory() {
		return List.copyOf(phaseHistory);
	}

	public List<Assignment> assignments() {
		return List.copyOf(assignments);
	}

	public List<Milestone> milestones() {
		return milestones.stream().sorted(Comparator.comparingInt(Milestone::position)).toList();
	}

	public List<Consultation> consultations() {
		return List.copyOf(consultations);
	}

	public List<Note> notes() {
		return List.copyOf(notes);
	}

	public List<Problem> problems() {
		return List.copyOf(problems);
	}

	public BigDecimal totalHours() {
		return consultations.stream().map(Consultation::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	// --- commands

	/** What the initial meeting found out: the command of „Erstgespräch führen und Bedarf erfassen“. */
	public record Needs(String description, Set<Integer> sdgs, Integer primarySdg, Topic topic, String targetGroups,
			LocalDate plannedStart, LocalDate plannedEnd, BigDecimal budget, String preferredLanguage) {
	}

	/** One milestone of the expert's plan. */
	public record PlannedMilestone(String title, LocalDate dueDate) {
	}
}
