package de.kommunalpilot.pilots;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PilotRepository extends JpaRepository<Pilot, UUID>, JpaSpecificationExecutor<Pilot> {

	Optional<Pilot> findByReference(String reference);

	@Query("""
			select p from Pilot p
			where (:phase is null or p.phase = :phase)
			  and (:expertUser is null or exists (
			      select a from Assignment a where a.pilot = p and a.expertUser = :expertUser
			        and a.status in (de.kommunalpilot.pilots.Assignment.Status.REQUESTED,
			                         de.kommunalpilot.pilots.Assignment.Status.ACCEPTED,
			                         de.kommunalpilot.pilots.Assignment.Status.ENDED)))
			""")
	Page<Pilot> search(PilotPhase phase, String expertUser, Pageable pageable);
}
