package de.kommunalpilot.funding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FundedCaseRepository extends JpaRepository<FundedCase, String> {

	List<FundedCase> findByPeriodIdOrderByReference(java.util.UUID periodId);

	long countByPeriodId(java.util.UUID periodId);

	/** What is booked per case and line, by status, for the cases of a period (summed in the database). */
	@Query("""
			select e.caseReference, e.lineCode, e.status, sum(e.amount) from Expenditure e
			where e.caseReference in :references group by e.caseReference, e.lineCode, e.status""")
	List<Object[]> spent(List<String> references);
}
