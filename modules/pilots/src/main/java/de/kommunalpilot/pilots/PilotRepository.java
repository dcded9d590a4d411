package de.kommunalpilot.pilots;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface PilotRepository extends JpaRepository<Pilot, UUID>, JpaSpecificationExecutor<Pilot> {

	Optional<Pilot> findByReference(String reference);

	@Query("select distinct p.municipalityId from Pilot p join p.assignments a where a.expertUser = :userId and a.status in :statuses")
	Set<UUID> municipalitiesSeenBy(String userId, Collection<Assignment.Status> statuses);
}
