package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What happens to the programme's money, published through the persisted event registry. */
public final class FundingEvents {

	private FundingEvents() {
	}

	/** An expenditure was booked on a budget line (committed); {@code caseReference} names the pilot, meeting or loan, if any. */
	public record ExpenditureBooked(UUID expenditureId, String periodReference, String lineCode, Expenditure.Kind kind, BigDecimal amount,
			String caseReference) {
	}

	/** The payment of an expenditure was instructed. */
	public record ExpenditurePaid(UUID expenditureId, String lineCode, BigDecimal amount, LocalDate paidOn) {
	}

	/** A funding period was closed: nothing more is booked on it. */
	public record FundingPeriodClosed(String reference, String by, Instant at) {
	}
}
