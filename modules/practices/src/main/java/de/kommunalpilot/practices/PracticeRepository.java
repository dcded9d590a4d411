package de.kommunalpilot.practices;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, UUID> {

	long countByCreatedAtGreaterThanEqualAndCreatedAtLessThan(java.time.Instant from, java.time.Instant until);

	Optional<Practice> findByCode(String code);

	@Modifying
	@Query(nativeQuery = true, value = """
			insert into practice_evidence (practice_id, pilot_reference, municipality, summary, recorded_at)
			values (:practice, :pilot, :municipality, :summary, :recordedAt)
			on conflict (practice_id, pilot_reference) do nothing""")
	int addEvidence(UUID practice, String pilot, String municipality, String summary, java.time.Instant recordedAt);
}
