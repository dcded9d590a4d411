package de.kommunalpilot.meetings;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface MeetingRepository extends JpaRepository<ExchangeMeeting, UUID> {

	Optional<ExchangeMeeting> findByReference(String reference);

	@Query("select m from ExchangeMeeting m join m.registrations r where r.id = ?1")
	Optional<ExchangeMeeting> findByRegistration(UUID registrationId);

	/** Meetings held (or closed after being held) that started in the span. */
	@Query("select count(m) from ExchangeMeeting m where m.status in (de.kommunalpilot.meetings.MeetingStatus.HELD, de.kommunalpilot.meetings.MeetingStatus.CLOSED) and m.startsAt >= ?1 and m.startsAt < ?2")
	long countHeld(java.time.Instant from, java.time.Instant until);

	/** The participants marked present at the meetings held in the span. */
	@Query("select count(r) from ExchangeMeeting m join m.registrations r where m.status in (de.kommunalpilot.meetings.MeetingStatus.HELD, de.kommunalpilot.meetings.MeetingStatus.CLOSED) and m.startsAt >= ?1 and m.startsAt < ?2 and r.attended = true")
	long countAttended(java.time.Instant from, java.time.Instant until);

	/** The participants with a confirmed seat at the meetings held in the span. */
	@Query("select count(r) from ExchangeMeeting m join m.registrations r where m.status in (de.kommunalpilot.meetings.MeetingStatus.HELD, de.kommunalpilot.meetings.MeetingStatus.CLOSED) and m.startsAt >= ?1 and m.startsAt < ?2 and r.status = de.kommunalpilot.meetings.Registration.Status.CONFIRMED")
	long countRegistered(java.time.Instant from, java.time.Instant until);

	/** The organisations (migrant organisations and other actors, not municipalities) registered for the meetings held in the span. */
	@Query("select count(distinct lower(trim(r.organisation))) from ExchangeMeeting m join m.registrations r where m.status in (de.kommunalpilot.meetings.MeetingStatus.HELD, de.kommunalpilot.meetings.MeetingStatus.CLOSED) and m.startsAt >= ?1 and m.startsAt < ?2 and r.status = de.kommunalpilot.meetings.Registration.Status.CONFIRMED and r.role <> de.kommunalpilot.meetings.ParticipantRole.MUNICIPALITY and r.organisation is not null and trim(r.organisation) <> ''")
	long countOrganisations(java.time.Instant from, java.time.Instant until);

	/** The meeting with its row locked: registrations for one meeting take their seats one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from ExchangeMeeting m where m.reference = ?1")
	Optional<ExchangeMeeting> lockByReference(String reference);
}
