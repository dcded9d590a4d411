package de.kommunalpilot.funding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeeStatementRepository extends JpaRepository<FeeStatement, UUID> {

	Optional<FeeStatement> findByReference(String reference);

	List<FeeStatement> findByExpertUserOrderByMonthDesc(String expertUser);

	org.springframework.data.domain.Page<FeeStatement> findAllByOrderByCreatedAtDesc(org.springframework.data.domain.Pageable pageable);
}
