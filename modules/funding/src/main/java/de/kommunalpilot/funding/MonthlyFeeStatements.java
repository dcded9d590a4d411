package de.kommunalpilot.funding;

import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.GermanDates;

/**
 * Draws up the fee statements of a month for every expert with hours not billed yet — on the first of each month for the
 * month before, and when a coordinator asks. Each statement in its own transaction; on several nodes the consultations'
 * locks and their one-statement constraint let one of them bill each hour.
 */
@Component
public class MonthlyFeeStatements {

	private static final Logger log = LoggerFactory.getLogger(MonthlyFeeStatements.class);

	private final Fees fees;
	private final TransactionTemplate transactions;

	MonthlyFeeStatements(Fees fees, TransactionTemplate transactions) {
		this.fees = fees;
		this.transactions = transactions;
	}

	@Scheduled(cron = "${kommunalpilot.funding.fee-statements-cron:0 30 6 1 * *}", zone = "Europe/Berlin")
	void monthly() {
		int drawn = draw(YearMonth.now(GermanDates.ZONE).minusMonths(1));
		log.info("Funding: {} fee statements drawn up", drawn);
	}

	/** Draws up the month's statements; returns how many. */
	public int draw(YearMonth month) {
		int drawn = 0;
		for (String expert : fees.expertsToBill(month)) {
			try {
				transactions.executeWithoutResult(status -> fees.draw(expert, month));
				drawn++;
			}
			catch (ConflictException | java.util.NoSuchElementException e) {
				log.info("Funding: no fee statement for {} in {}: {}", expert, month, e.getMessage());
			}
		}
		return drawn;
	}
}
