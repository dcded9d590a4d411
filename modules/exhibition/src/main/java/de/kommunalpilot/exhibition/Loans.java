package de.kommunalpilot.exhibition;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Loans extends JpaRepository<Loan, UUID> {

	Optional<Loan> findByReference(String reference);

	Page<Loan> findByStatusIn(Collection<LoanStatus> statuses, Pageable pageable);

	List<Loan> findByIdIn(Collection<UUID> ids);

	List<Loan> findByMunicipalityIdOrderByCreatedAtDesc(UUID municipalityId);

	@org.springframework.data.jpa.repository.Query("select l.municipalityId, count(l) from Loan l group by l.municipalityId")
	List<Object[]> countsByMunicipality();
}
