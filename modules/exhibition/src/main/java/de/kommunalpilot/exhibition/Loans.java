package de.kommunalpilot.exhibition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Loans extends JpaRepository<Loan, UUID> {

	/** Loans that took place (confirmed or later, not cancelled) with a loan period overlapping the span. */
	@org.springframework.data.jpa.repository.Query("""
			select count(l) from Loan l where l.status in (de.kommunalpilot.exhibition.LoanStatus.CONFIRMED, de.kommunalpilot.exhibition.LoanStatus.SHIPPED,
			de.kommunalpilot.exhibition.LoanStatus.RETURNED, de.kommunalpilot.exhibition.LoanStatus.DAMAGE_SETTLEMENT, de.kommunalpilot.exhibition.LoanStatus.COMPLETED)
			and l.requestedFrom <= ?2 and l.requestedUntil >= ?1""")
	long countLent(java.time.LocalDate first, java.time.LocalDate last);

	Optional<Loan> findByReference(String reference);

	Page<Loan> findByStatusIn(Collection<LoanStatus> statuses, Pageable pageable);

	List<Loan> findByIdIn(Collection<UUID> ids);

	List<Loan> findByMunicipalityIdOrderByCreatedAtDesc(UUID municipalityId);

	@org.springframework.data.jpa.repository.Query("select l.municipalityId, count(l) from Loan l group by l.municipalityId")
	List<Object[]> countsByMunicipality();
}
