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

	/** The pilots with dated talks that a coordinator looks after. */
	@Query("select p from Pilot p where p.responsibility.responsible = :userId and p.appointments is not empty")
	java.util.List<Pilot> withAppointmentsLookedAfterBy(String userId);

	/** The pilots with dated talks that an expert advises. */
	@Query("select distinct p from Pilot p join p.assignments a where a.expertUser = :userId and a.status in :statuses and p.appointments is not empty")
	java.util.List<Pilot> withAppointmentsAdvisedBy(String userId, Collection<Assignment.Status> statuses);

	java.util.List<Pilot> findByMunicipalityIdOrderByCreatedAtDesc(UUID municipalityId);

	/** Municipality, phase and creation of every pilot, for the municipality list and the map. */
	@Query("select p.municipalityId, p.phase, p.createdAt from Pilot p")
	java.util.List<Object[]> phasesByMunicipality();
}
