package de.kommunalpilot.funding;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface FundingPeriodRepository extends JpaRepository<FundingPeriod, UUID> {

	Optional<FundingPeriod> findByReference(String reference);

	/** The period locked for a booking: a booking and the period's closing never cross. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from FundingPeriod p where p.reference = :reference")
	Optional<FundingPeriod> lockByReference(String reference);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select p from FundingPeriod p where p.id = :id")
	Optional<FundingPeriod> lockById(UUID id);

	@Query("select p from FundingPeriod p order by p.startsOn desc, p.reference desc")
	List<FundingPeriod> newestFirst();

	@Query("select p from FundingPeriod p where p.startsOn <= :day and p.endsOn >= :day order by p.startsOn desc")
	List<FundingPeriod> covering(LocalDate day);
}
