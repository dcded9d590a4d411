package de.kommunalpilot.municipalities;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityRepository extends JpaRepository<Municipality, UUID> {

	Optional<Municipality> findByAgs(String ags);
}
