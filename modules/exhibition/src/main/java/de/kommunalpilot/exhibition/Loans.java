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
}
