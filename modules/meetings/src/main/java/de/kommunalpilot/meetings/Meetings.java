package de.kommunalpilot.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.platform.Calendars;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.ReferenceNumbers;
import de.kommunalpilot.platform.Responsibilities;
import de.kommunalpilot.platform.SingleUseTokens;
import de.kommunalpilot.practices.Practices;

/**
 * The meetings module's facade: exchange meetings from planning and invitations through registrations
 * (seats first come, first served, then a waiting list that moves up when someone cancels) to minutes and
 * findings, which the coordination turns into new or updated practices.
 */
@Service
@Transactional
public class Meetings {

	static final String CANCEL = "meeting-cancel";

	private final MeetingRepository repository;
	private final ReferenceNumbers references;
	private final Experts experts;
	private final Municipalities municipalities;
	private final Practices practices;
	private final MailOutbox outbox;
	private final PublicPages pages;
	private final SingleUseTokens tokens;
	private final MeetingWorkflow workflow;
	private final Responsibilities responsibilities;
	private final org.springframework.context.ApplicationEventPublisher events;

	Meetings(MeetingRepository repository, ReferenceNumbers references, Experts experts, Municipalities municipalities,
			Practices practices, MailOutbox outbox, PublicPages pages, SingleUseTokens tokens, @Lazy MeetingWorkflow workflow,
			Responsibilities responsibilities, org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.repository = repository;
		this.references = references;
		this.experts = experts;
		this.municipalities = municipalities;
		this.practices = practices;
		this.outbox = outbox;
		this.pages = pages;
		this.tokens = tokens;
		this.workflow = workflow;
		this.responsibilities = responsibilities;
	}

	// --- responsibility (Fallverantwortung)

	/** Who gets the coordination's next step: the responsible coordinator, or their substitute while they are away. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> coordinatorForNextStep(String reference) {
		return java.util.Optional.ofNullable(responsibilities.coordinatorForNextStep(get(reference).responsibility()));
	}

	/** The first coordinator to act on the meeting takes it, unless someone has it already. */
	public void takeResponsibility(UUID id, String coordinator) {
		get(id).takeResponsibility(coordinator);
	}

	/** Hands the meeting to another coordinator (see {@link Responsibilities#handOver}). */
	public void handOver(String reference, String to, String by, java.util.Set<String> groups) {
		responsibilities.handOver(get(reference), to, by, groups);
	}

	public void setSubstitute(String reference, String substitute, java.util.Set<String> groups) {
		responsibilities.setSubstitute(get(reference), substitute, groups);
	}

	// --- planning and invitations

	/** A new meeting with its process ("Treffen planen" for the coordinators). */
	public ExchangeMeeting create(String title, String by) {
		ExchangeMeeting meeting = register(title, by);
		workflow.start(meeting);
		return meeting;
	}

	/** A new meeting whose process is already running (started in Tasklist). */
	public ExchangeMeeting register(String title, String by) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		FormFields.requiredText(violations, "title", title, 200, "einen Titel");
		violations.throwIfAny();
		ExchangeMeeting meeting = repository.save(new ExchangeMeeting(references.next("T", Year.now(GermanDates.ZONE)), title.strip(), by));
		events.publishEvent(new MeetingCreated(meeting.reference(), meeting.title(), meeting.createdAt()));
		return meeting;
	}

	/** A meeting was registered (the funding pays it from the open period of that day). */
	public record MeetingCreated(String reference, String title, java.time.Instant at) {
	}

	/** The rules of a plan, for the form and the API: {@link ExchangeMeeting#check(Plan, InvalidInputException.Collector)}. */
	public static InvalidInputException.Collector check(Plan plan, InvalidInputException.Collector violations) {
		return ExchangeMeeting.check(plan, violations);
	}

	public void plan(UUID id, Plan plan) {
		ExchangeMeeting meeting = get(id);
		meeting.plan(plan);
	}

	/** Invites by mail whom the plan names: the expert pool, the municipalities' contacts, and further people. */
	public int sendInvitations(UUID id, boolean inviteExperts, boolean inviteMunicipalities, List<Invitee> further) {
		ExchangeMeeting meeting = get(id);
		Map<String, Invitation> invited = new LinkedHashMap<>();
		if (inviteExperts) {
			experts.all().stream().filter(e -> e.status() == Expert.Status.ACTIVE && e.email() != null)
					.forEach(e -> invited.putIfAbsent(e.email().toLowerCase(), new Invitation(e.name(), e.email(), e.organisation(), ParticipantRole.EXPERT)));
		}
		if (inviteMunicipalities) {
			municipalities.contactsWithEmail().forEach(c -> invited.putIfAbsent(c.email().toLowerCase(),
					new Invitation(c.name(), c.email(), c.municipality(), ParticipantRole.MUNICIPALITY)));
		}
		further.forEach(i -> invited.putIfAbsent(i.email().strip().toLowerCase(),
				new Invitation(i.name().strip(), i.email().strip(), blankToNull(i.organisation()), i.role() == null ? ParticipantRole.ACTOR : i.role())));
		meeting.invite(new ArrayList<>(invited.values()));
		String link = pages.link(PublicPages.PATH + "/treffen/" + meeting.reference());
		invited.values().forEach(invitation -> mail(invitation.email(), invitation.name(), meeting, "Einladung: " + meeting.title(),
				"wir laden Sie herzlich zum Austauschtreffen „" + meeting.title() + "“ ein.\n\n" + details(meeting)
						+ "\n\nBitte melden Sie sich hier an (die Plätze sind begrenzt):\n" + link, "meeting-invitation"));
		return invited.size();
	}

	// --- registrations

	/** Registers someone on the public page: a seat while there is one, otherwise the waiting list. */
	public Registration registerParticipant(String reference, Signup signup) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		FormFields.requiredText(violations, "name", signup.name(), 200, "Ihren Namen");
		FormFields.email(violations, "email", signup.email(), true);
		FormFields.optionalText(violations, "organisation", signup.organisation(), 200);
		violations.check(signup.role() != null, "role", "Bitte wählen Sie, in welcher Rolle Sie teilnehmen.");
		// who takes part for a municipality names it from the register; others may
		boolean named = signup.municipalityName() != null && !signup.municipalityName().isBlank();
		violations.check(named || signup.role() != ParticipantRole.MUNICIPALITY, "municipalityName",
				"Bitte die Kommune oder den Landkreis angeben, für die Sie teilnehmen.");
		Optional<de.kommunalpilot.municipalities.Municipality> municipality = named
				? municipalities.applicant(signup.ags(), signup.municipalityName(), violations) : Optional.empty();
		violations.throwIfAny();
		ExchangeMeeting meeting = repository.lockByReference(reference)
				.orElseThrow(() -> new NoSuchElementException("Kein Austauschtreffen " + reference + "."));
		String email = signup.email().strip();
		boolean known = meeting.registrations().stream()
				.anyMatch(r -> r.status() != Registration.Status.CANCELLED && r.email().equalsIgnoreCase(email));
		if (known) {
			throw new InvalidInputException(Map.of("email", "Mit dieser E-Mail-Adresse sind Sie bereits angemeldet."));
		}
		Registration registration = meeting.register(signup.name().strip(), email, blankToNull(signup.organisation()),
				municipality.map(m -> m.id().value()).orElse(null), municipality.map(m -> m.name()).orElse(null), signup.role());
		repository.saveAndFlush(meeting);
		String cancel = pages.link(PublicPages.PATH + "/treffen/abmelden/"
				+ tokens.issue(CANCEL, registration.id().toString(), Duration.ofDays(400)));
		boolean seat = registration.status() == Registration.Status.CONFIRMED;
		mail(registration.email(), registration.name(), meeting, seat ? "Anmeldung bestätigt: " + meeting.title() : "Warteliste: " + meeting.title(),
				(seat ? "Ihr Platz beim Austauschtreffen ist bestätigt." : "Alle Plätze sind vergeben; Sie stehen auf Platz "
						+ meeting.waitingList().size() + " der Warteliste. Wird ein Platz frei, rücken Sie automatisch nach.")
						+ "\n\n" + details(meeting) + "\n\nFalls Sie nicht teilnehmen können, melden Sie sich bitte ab:\n" + cancel,
				"meeting-registration", seat ? Entry.ADD : Entry.NONE);
		return registration;
	}

	/** The registration a cancellation link belongs to while it can be used. */
	@Transactional(readOnly = true)
	public <T> T readForCancellation(String token, java.util.function.BiFunction<ExchangeMeeting, Registration, T> reader) {
		SingleUseTokens.Token found = tokens.find(CANCEL, token)
				.orElseThrow(() -> new NoSuchElementException("Diesen Abmeldelink gibt es nicht."));
		if (found.used()) {
			throw new ConflictException("Sie haben sich bereits abgemeldet.");
		}
		UUID registrationId = UUID.fromString(found.subject());
		ExchangeMeeting meeting = repository.findByRegistration(registrationId)
				.orElseThrow(() -> new NoSuchElementException("Diese Anmeldung gibt es nicht mehr."));
		return reader.apply(meeting, meeting.registration(registrationId));
	}

	/** Cancels through the link; the first on the waiting list moves up and is told by mail. */
	public void cancelRegistration(String token) {
		Map.Entry<String, UUID> found = readForCancellation(token, (meeting, registration) -> Map.entry(meeting.reference(), registration.id()));
		if (!tokens.use(CANCEL, token)) {
			throw new ConflictException("Sie haben sich bereits abgemeldet.");
		}
		ExchangeMeeting meeting = repository.lockByReference(found.getKey()).orElseThrow();
		Registration withdrawn = meeting.registration(found.getValue());
		boolean hadSeat = withdrawn.status() == Registration.Status.CONFIRMED;
		Optional<Registration> movedUp = meeting.cancel(found.getValue());
		repository.save(meeting);
		mail(withdrawn.email(), withdrawn.name(), meeting, "Abmeldung bestätigt: " + meeting.title(),
				"Sie sind vom Austauschtreffen abgemeldet." + (hadSeat ? " Den Termin können Sie aus Ihrem Kalender entfernen." : ""),
				"meeting-withdrawn", hadSeat ? Entry.CANCEL : Entry.NONE);
		movedUp.ifPresent(r -> mail(r.email(), r.name(), meeting, "Sie sind nachgerückt: " + meeting.title(),
				"ein Platz ist frei geworden – Ihre Teilnahme am Austauschtreffen ist jetzt bestätigt.\n\n" + details(meeting),
				"meeting-moved-up"));
	}

	public int sendReminders(UUID id) {
		ExchangeMeeting meeting = get(id);
		meeting.confirmed().forEach(r -> mail(r.email(), r.name(), meeting, "Erinnerung: " + meeting.title(),
				"wir freuen uns auf das Austauschtreffen.\n\n" + details(meeting), "meeting-reminder"));
		return meeting.confirmed().size();
	}

	// --- minutes and findings

	public void record(UUID id, String minutes, List<UUID> attendees, List<NewFinding> findings) {
		ExchangeMeeting meeting = get(id);
		List<Finding> created = new ArrayList<>();
		for (int i = 0; i < findings.size(); i++) {
			created.add(new Finding(i, findings.get(i).title().strip(), findings.get(i).description().strip()));
		}
		meeting.record(minutes == null ? null : minutes.strip(), attendees, created);
	}

	/** Turns findings into new practice drafts or adds them to existing practices; both sides keep the link. */
	public void adopt(UUID id, List<Adoption> adoptions) {
		ExchangeMeeting meeting = get(id);
		for (Adoption adoption : adoptions) {
			Finding finding = meeting.finding(adoption.findingId());
			switch (adoption.action()) {
				case "new" -> finding.adopted("new", practices.draftFromFinding(meeting.reference(), finding.id(), finding.title(),
						finding.description()));
				case "update" -> {
					practices.addFinding(adoption.practiceCode(), meeting.reference(), finding.id(), finding.title(), finding.description());
					finding.adopted("update", adoption.practiceCode());
				}
				default -> finding.adopted("none", null);
			}
		}
		meeting.close();
	}

	public void requestCancellation(String reference, String reason) {
		String stripped = FormFields.requireReason(reason);
		ExchangeMeeting meeting = get(reference);
		if (meeting.status() == MeetingStatus.CLOSED || meeting.status() == MeetingStatus.CANCELLED) {
			throw new ConflictException("Das Treffen " + reference + " ist bereits " + meeting.status().label() + ".");
		}
		workflow.cancel(meeting, stripped);
	}

	public void recordCancellation(UUID id, String reason) {
		ExchangeMeeting meeting = get(id);
		meeting.cancelMeeting(reason);
		meeting.registrations().stream().filter(r -> r.status() != Registration.Status.CANCELLED)
				.forEach(r -> mail(r.email(), r.name(), meeting, "Abgesagt: " + meeting.title(),
						"leider müssen wir das Austauschtreffen absagen.\n\nGrund: " + reason, "meeting-cancelled",
						r.status() == Registration.Status.CONFIRMED ? Entry.CANCEL : Entry.NONE));
	}

	// --- reading

	@Transactional(readOnly = true)
	public <T> T read(UUID id, Function<ExchangeMeeting, T> reader) {
		return reader.apply(get(id));
	}

	@Transactional(readOnly = true)
	public <T> T read(String reference, Function<ExchangeMeeting, T> reader) {
		return reader.apply(get(reference));
	}

	/**
	 * How many meetings were held in the span, how many had a confirmed seat, how many took part (marked present in the
	 * minutes), and how many organisations other than municipalities registered.
	 */
	@Transactional(readOnly = true)
	public Held held(java.time.Instant from, java.time.Instant until) {
		return new Held(repository.countHeld(from, until), repository.countRegistered(from, until), repository.countAttended(from, until),
				repository.countOrganisations(from, until));
	}

	public record Held(long meetings, long registered, long participants, long organisations) {
	}

	@Transactional(readOnly = true)
	public <T> Page<T> list(Pageable pageable, Function<ExchangeMeeting, T> reader) {
		return repository.findAll(pageable).map(reader);
	}

	ExchangeMeeting get(UUID id) {
		return repository.findById(id).orElseThrow(() -> new NoSuchElementException("Kein Austauschtreffen mit der Kennung " + id + "."));
	}

	ExchangeMeeting get(String reference) {
		return repository.findByReference(reference).orElseThrow(() -> new NoSuchElementException("Kein Austauschtreffen " + reference + "."));
	}

	/** Date, time and place in German, for mails and pages. */
	public static String details(ExchangeMeeting meeting) {
		StringBuilder text = new StringBuilder();
		if (meeting.startsAt() != null) {
			text.append("Termin: ").append(GermanDates.format(meeting.startsAt())).append(" – ")
					.append(GermanDates.format(meeting.endsAt()).substring(11)).append(" Uhr\n");
		}
		if (meeting.place() != null) {
			text.append("Ort: ").append(meeting.place()).append('\n');
		}
		if (meeting.onlineLink() != null) {
			text.append("Online: ").append(meeting.onlineLink()).append('\n');
		}
		if (meeting.agenda() != null) {
			text.append("\nTagesordnung:\n").append(meeting.agenda());
		}
		return text.toString().strip();
	}

	/** Whether a mail carries the meeting as a calendar entry, and as what. */
	private enum Entry {
		NONE, ADD, CANCEL
	}

	private void mail(String to, String name, ExchangeMeeting meeting, String subject, String text, String category) {
		mail(to, name, meeting, subject, text, category, Entry.ADD);
	}

	private void mail(String to, String name, ExchangeMeeting meeting, String subject, String text, String category, Entry entry) {
		outbox.queue(to, subject, MailOutbox.letter(name, text), category, meeting.reference(), calendarEntry(meeting, entry));
	}

	/** The meeting as an .ics file (see {@link ExchangeMeeting#calendarEvent}). */
	private List<MailOutbox.Attachment> calendarEntry(ExchangeMeeting meeting, Entry entry) {
		Calendars.Event event = entry == Entry.NONE ? null : meeting.calendarEvent(details(meeting));
		if (event == null) {
			return List.of();
		}
		String ics = entry == Entry.CANCEL ? Calendars.cancel(List.of(event)) : Calendars.publish(List.of(event));
		return List.of(Calendars.attachment("Austauschtreffen-" + meeting.reference() + ".ics", ics));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	// --- commands

	/** What "Treffen planen" decides. */
	public record Plan(String title, String topic, String agenda, LocalDate date, LocalTime startTime, LocalTime endTime, String place,
			String onlineLink, Integer capacity, boolean inviteExperts, boolean inviteMunicipalities, List<Invitee> invitees) {
	}

	public record Invitee(String name, String email, String organisation, ParticipantRole role) {
	}

	/** A registration; {@code ags} and {@code municipalityName} name the municipality one takes part for (see Municipalities#applicant). */
	public record Signup(String name, String email, String organisation, String ags, String municipalityName, ParticipantRole role) {

		public Signup(String name, String email, String organisation, ParticipantRole role) {
			this(name, email, organisation, null, null, role);
		}
	}

	public record NewFinding(String title, String description) {
	}

	/** @param action {@code new}, {@code update} (with a practice code) or {@code none} */
	public record Adoption(UUID findingId, String action, String practiceCode) {
	}
}
