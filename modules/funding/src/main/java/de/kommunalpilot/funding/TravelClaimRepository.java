package de.kommunalpilot.funding;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TravelClaimRepository extends JpaRepository<TravelClaim, UUID> {

	Optional<TravelClaim> findByReference(String reference);

	Page<TravelClaim> findByExpertUserOrderByCreatedAtDesc(String expertUser, Pageable pageable);

	Page<TravelClaim> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
