package de.kommunalpilot.funding.process;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.Fees;

/**
 * „Zahlung zusätzlich freigeben“: the second approval above the threshold, by another lead than the first and the checker
 * (the statement refuses anyone else); the same form and command as the first.
 */
@Component
class SecondApproval extends ApprovePayment {

	SecondApproval(Fees fees) {
		super(fees);
	}
}
