package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExpenditureRepository extends JpaRepository<Expenditure, UUID> {

	Page<Expenditure> findByPeriodIdOrderByIncurredOnDescRecordedAtDesc(UUID periodId, Pageable pageable);

	/** Sums per line and status, summed in the database (numeric, exact to the cent). */
	@Query("select e.lineCode, e.status, sum(e.amount) from Expenditure e where e.periodId = :periodId group by e.lineCode, e.status")
	List<Object[]> totals(UUID periodId);

	@Query("select coalesce(sum(e.amount), 0) from Expenditure e where e.periodId = :periodId")
	BigDecimal total(UUID periodId);
}
