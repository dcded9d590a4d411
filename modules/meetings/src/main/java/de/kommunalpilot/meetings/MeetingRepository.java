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

	/** The meeting with its row locked: registrations for one meeting take their seats one after the other. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from ExchangeMeeting m where m.reference = ?1")
	Optional<ExchangeMeeting> lockByReference(String reference);
}
