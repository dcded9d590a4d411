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

	/** The expenditures of the period paid in the days from {@code first} to {@code last}, by date of payment. */
	@Query("select e from Expenditure e where e.periodId = :periodId and e.status = de.kommunalpilot.funding.Expenditure.Status.PAID and e.paidOn between :first and :last order by e.paidOn, e.incurredOn, e.recordedAt")
	List<Expenditure> paidIn(UUID periodId, java.time.LocalDate first, java.time.LocalDate last);

	/** Per line what was booked by {@code last} and not paid by then. */
	@Query("select e.lineCode, sum(e.amount) from Expenditure e where e.periodId = :periodId and e.incurredOn <= :last and (e.paidOn is null or e.paidOn > :last) group by e.lineCode")
	List<Object[]> committedBy(UUID periodId, java.time.LocalDate last);

	long countByCaseReferenceAndPeriodIdNot(String caseReference, UUID periodId);

	@Query("select coalesce(sum(e.amount), 0) from Expenditure e where e.periodId = :periodId")
	BigDecimal total(UUID periodId);
}
