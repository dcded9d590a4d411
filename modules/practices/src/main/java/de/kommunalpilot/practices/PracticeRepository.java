package de.kommunalpilot.practices;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<Practice, UUID> {

	Optional<Practice> findByCode(String code);
}
