package de.kommunalpilot.experts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExpertRepository extends JpaRepository<Expert, UUID> {

	Optional<Expert> findByUserId(String userId);

	Optional<Expert> findByReference(String reference);

	Optional<Expert> findFirstByEmailIgnoreCaseAndStatusNot(String email, Expert.Status status);

	@Modifying
	@Query(nativeQuery = true, value = """
			insert into expert_assignment (expert_id, pilot_reference, started_at) values (:expert, :pilot, now())
			on conflict (expert_id, pilot_reference) do update set ended_at = null where expert_assignment.ended_at is not null""")
	int startAssignment(UUID expert, String pilot);

	@Modifying
	@Query(nativeQuery = true, value = """
			update expert_assignment set ended_at = now() where expert_id = :expert and pilot_reference = :pilot and ended_at is null""")
	int endAssignment(UUID expert, String pilot);
}
