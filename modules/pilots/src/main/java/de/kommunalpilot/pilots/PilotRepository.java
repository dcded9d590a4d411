package de.kommunalpilot.pilots;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PilotRepository extends JpaRepository<Pilot, UUID>, JpaSpecificationExecutor<Pilot> {

	Optional<Pilot> findByReference(String reference);
}
