package de.kommunalpilot.experts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExpertRepository extends JpaRepository<Expert, UUID> {

	Optional<Expert> findByUserId(String userId);

	Optional<Expert> findByReference(String reference);

	Optional<Expert> findFirstByEmailIgnoreCaseAndStatusNot(String email, Expert.Status status);
}
