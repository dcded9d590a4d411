package de.kommunalpilot.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.Responsibility;
import de.kommunalpilot.platform.ResponsibilityChange;
import de.kommunalpilot.platform.ResponsibleCase;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;

/**
 * An exchange meeting (Austauschtreffen) of migrant experts, municipalities and development-policy
 * actors: the plan, who was invited, the registrations with their seats and waiting list, the minutes
 * with attendance, and the findings.
 */
@Entity
@Table(name = "meeting_meeting")
public class ExchangeMeeting implements ResponsibleCase {

	public static final int TITLE_MAX = 200;
	public static final int PLACE_MAX = 300;
	public static final int AGENDA_MAX = 4000;
	public static final int MINUTES_MAX = 20000;
	public static final int MAX_CAPACITY = 1000;
	/** The reminder goes out this many days before the meeting. */
	public static final int REMINDER_DAYS_BEFORE = 3;


	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String reference;

	@Column(nullable = false)
	private String title;

	private String topic;

	private String agenda;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String place;

	@Column(name = "online_link")
	private String onlineLink;

	private Integer capacity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MeetingStatus status;

	private String minutes;

	@Column(name = "cancellation_reason")
	private String cancellationReason;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id", nullable = false)
	private List<Invitation> invitations = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("registeredAt")
	private List<Registration> registrations = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("position")
	private List<Finding> findings = new ArrayList<>();

	/** The coordinator who looks after it (Fallverantwortung) and their substitute; the coordination's next steps are theirs. */
	@jakarta.persistence.Embedded
	private Responsibility responsibility = new Responsibility();

	@jakarta.persistence.ElementCollection
	@jakarta.persistence.CollectionTable(name = "meeting_responsibility_change", joinColumns = @JoinColumn(name = "meeting_id"))
	@jakarta.persistence.OrderColumn(name = "position")
	private java.util.List<ResponsibilityChange> responsibilityHistory = new java.util.ArrayList<>();

	@Version
	private long version;

	protected ExchangeMeeting() {
	}

	ExchangeMeeting(String reference, String title, String createdBy) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.title = title;
		this.status = MeetingStatus.PLANNING;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	/**
	 * The rules of a plan: a title and agenda, a date in the future, an end after the start, a place or an
	 * https link, 1 to {@link #MAX_CAPACITY} seats, invitees with a name and an address.
	 */
	static InvalidInputException.Collector check(Meetings.Plan plan, InvalidInputException.Collector violations) {
		FormFields.requiredText(violations, "title", plan.title(), TITLE_MAX, "einen Titel");
		FormFields.optionalText(violations, "topic", plan.topic(), PLACE_MAX);
		FormFields.requiredText(violations, "agenda", plan.agenda(), AGENDA_MAX, "die Tagesordnung");
		violations.check(plan.date() != null && plan.date().isAfter(LocalDate.now(GermanDates.ZONE)), "date", "Das Treffen muss in der Zukunft liegen.");
		violations.check(plan.startTime() != null, "startTime", "Bitte die Uhrzeit des Beginns angeben (HH:MM).");
		violations.check(plan.endTime() != null && (plan.startTime() == null || plan.endTime().isAfter(plan.startTime())), "endTime",
				"Das Ende liegt nach dem Beginn (HH:MM).");
		violations.check((plan.place() != null && !plan.place().isBlank()) || (plan.onlineLink() != null && !plan.onlineLink().isBlank()),
				"place", "Bitte einen Ort oder einen Online-Link angeben.");
		FormFields.optionalText(violations, "place", plan.place(), PLACE_MAX);
		violations.check(plan.onlineLink() == null || plan.onlineLink().isBlank() || plan.onlineLink().matches("https://\\S{3,490}"),
				"onlineLink", "Der Online-Link beginnt mit https://.");
		violations.check(plan.capacity() != null && plan.capacity() >= 1 && plan.capacity() <= MAX_CAPACITY, "capacity",
				"Bitte 1 bis 1.000 Plätze angeben.");
		for (int i = 0; i < plan.invitees().size(); i++) {
			Meetings.Invitee invitee = plan.invitees().get(i);
			FormFields.requiredText(violations, "invitees[" + i + "].name", invitee.name(), TITLE_MAX, "den Namen");
			FormFields.email(violations, "invitees[" + i + "].email", invitee.email(), true);
		}
		return violations;
	}

	void plan(Meetings.Plan plan) {
		require(MeetingStatus.PLANNING);
		check(plan, new InvalidInputException.Collector()).throwIfAny();
		Instant startsAt = plan.date().atTime(plan.startTime()).atZone(GermanDates.ZONE).toInstant();
		Instant endsAt = plan.date().atTime(plan.endTime()).atZone(GermanDates.ZONE).toInstant();
		this.title = plan.title();
		this.topic = plan.topic();
		this.agenda = plan.agenda();
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.place = plan.place();
		this.onlineLink = plan.onlineLink();
		this.capacity = plan.capacity();
	}

	void invite(List<Invitation> invited) {
		require(MeetingStatus.PLANNING);
		invitations.addAll(invited);
		status = MeetingStatus.INVITED;
	}

	Registration register(String name, String email, String organisation, UUID municipalityId, String municipalityName,
			ParticipantRole role) {
		if (status != MeetingStatus.INVITED || (startsAt != null && startsAt.isBefore(Instant.now()))) {
			throw new ConflictException("Für dieses Treffen ist keine Anmeldung mehr möglich.");
		}
		Registration registration = new Registration(name, email, organisation, municipalityId, municipalityName, role,
				confirmed().size() < capacity ? Registration.Status.CONFIRMED : Registration.Status.WAITLISTED);
		registrations.add(registration);
		return registration;
	}

	/** Cancels a registration; returns whoever moved up from the waiting list. */
	Optional<Registration> cancel(UUID registrationId) {
		Registration registration = registration(registrationId);
		boolean hadSeat = registration.status() == Registration.Status.CONFIRMED;
		registration.cancel();
		if (!hadSeat) {
			return Optional.empty();
		}
		Optional<Registration> next = waitingList().stream().findFirst();
		next.ifPresent(Registration::promote);
		return next;
	}

	void record(String minutes, List<UUID> attendees, List<Finding> newFindings) {
		require(MeetingStatus.INVITED);
		if (minutes == null || minutes.isBlank() || minutes.length() > MINUTES_MAX) {
			throw new InvalidInputException(java.util.Map.of("minutes", "Bitte das Protokoll angeben (höchstens 20.000 Zeichen)."));
		}
		java.util.Set<UUID> registered = new java.util.HashSet<>();
		confirmed().forEach(r -> registered.add(r.id()));
		if (!registered.containsAll(attendees)) {
			throw new InvalidInputException(java.util.Map.of("attendees", "Bitte nur angemeldete Teilnehmende als anwesend markieren."));
		}
		this.minutes = minutes;
		confirmed().forEach(r -> r.attended(attendees.contains(r.id())));
		findings.addAll(newFindings);
		status = MeetingStatus.HELD;
	}

	void close() {
		require(MeetingStatus.HELD);
		status = MeetingStatus.CLOSED;
	}

	void cancelMeeting(String reason) {
		if (status == MeetingStatus.CLOSED || status == MeetingStatus.CANCELLED) {
			throw new ConflictException("Das Treffen " + reference + " ist bereits " + status.label() + ".");
		}
		this.cancellationReason = reason;
		this.status = MeetingStatus.CANCELLED;
	}

	private void require(MeetingStatus expected) {
		if (status != expected) {
			throw new ConflictException("Das Treffen " + reference + " ist " + status.label() + ", nicht " + expected.label() + ".");
		}
	}

	Registration registration(UUID id) {
		return registrations.stream().filter(r -> r.id().equals(id)).findFirst()
				.orElseThrow(() -> new java.util.NoSuchElementException("Keine Anmeldung mit der Kennung " + id + "."));
	}

	Finding finding(UUID id) {
		return findings.stream().filter(f -> f.id().equals(id)).findFirst()
				.orElseThrow(() -> new java.util.NoSuchElementException("Keine Erkenntnis mit der Kennung " + id + "."));
	}

	public List<Registration> confirmed() {
		return registrations.stream().filter(r -> r.status() == Registration.Status.CONFIRMED).toList();
	}

	public List<Registration> waitingList() {
		return registrations.stream().filter(r -> r.status() == Registration.Status.WAITLISTED)
				.sorted(Comparator.comparing(Registration::registeredAt)).toList();
	}

	public int freeSeats() {
		return capacity == null ? 0 : Math.max(0, capacity - confirmed().size());
	}

	/** The Fallverantwortung (Hibernate leaves the field empty while nobody has the case). */
	@Override
	public Responsibility responsibility() {
		if (responsibility == null) {
			responsibility = new Responsibility();
		}
		return responsibility;
	}

	public java.util.List<ResponsibilityChange> responsibilityHistory() {
		return java.util.List.copyOf(responsibilityHistory);
	}

	/** The first coordinator to act on it takes it, unless someone has it already. */
	void takeResponsibility(String coordinator) {
		responsibility().take(coordinator).ifPresent(responsibilityHistory::add);
	}

	/** Hands it to another coordinator; a closed case keeps whoever had it. */
	@Override
	public void handOver(String to, String by) {
		if (status == MeetingStatus.CLOSED || status == MeetingStatus.CANCELLED) {
			throw new ConflictException("Das Austauschtreffen " + reference + " ist bereits " + status.label() + ".");
		}
		responsibilityHistory.add(responsibility().handOver(to, by, "Das Austauschtreffen " + reference));
	}

	@Override
	public void setSubstitute(String coordinator) {
		responsibility().setSubstitute(coordinator);
	}

	public UUID id() {
		return id;
	}

	@Override
	public String reference() {
		return reference;
	}

	public String title() {
		return title;
	}

	public String topic() {
		return topic;
	}

	public String agenda() {
		return agenda;
	}

	/**
	 * The meeting as a calendar entry, once it has a date: one UID per meeting, its version as the sequence,
	 * so every update replaces the entry; {@code null} before it is planned.
	 */
	public de.kommunalpilot.platform.Calendars.Event calendarEvent(String description) {
		if (startsAt == null || endsAt == null) {
			return null;
		}
		return new de.kommunalpilot.platform.Calendars.Event("meeting-" + reference + "@kommunalpilot", (int) Math.min(Integer.MAX_VALUE, version),
				(status == MeetingStatus.CANCELLED ? "Abgesagt – " : "") + "Austauschtreffen: " + title, description,
				place != null && !place.isBlank() ? place : onlineLink, startsAt, endsAt);
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String place() {
		return place;
	}

	public String onlineLink() {
		return onlineLink;
	}

	public Integer capacity() {
		return capacity;
	}

	public MeetingStatus status() {
		return status;
	}

	public String minutes() {
		return minutes;
	}

	public String cancellationReason() {
		return cancellationReason;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public List<Invitation> invitations() {
		return List.copyOf(invitations);
	}

	public List<Registration> registrations() {
		return List.copyOf(registrations);
	}

	public List<Finding> findings() {
		return List.copyOf(findings);
	}
}
