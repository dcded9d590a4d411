package de.kommunalpilot.exhibition.process;

/** Names of the {@code exhibition-loan} process, its messages and variables, in one place. */
final class LoanVariables {

	static final String PROCESS = "exhibition-loan";
	static final String MESSAGE_CANCELLED = "LoanCancelled";

	static final String LOAN_ID = "loanId";
	static final String REFERENCE = "loanReference";
	static final String MUNICIPALITY = "municipalityName";
	static final String PERIOD = "loanPeriod";
	static final String VENUE = "venue";
	static final String DELIVERY_ADDRESS = "deliveryAddress";
	static final String CONTACT_NAME = "contactName";
	static final String KIT_NAME = "kitName";
	static final String AVAILABLE = "available";
	static final String SHIP_AT = "shipAt";
	static final String SHIP_BY = "shipBy";
	static final String RETURN_AT = "returnAt";
	static final String RETURN_BY = "returnBy";
	static final String DECISION = "loanDecision";
	static final String DECLINE_REASON = "declineReason";
	static final String RETURN_CONDITION = "returnCondition";
	static final String DAMAGED = "damaged";
	static final String CANCELLATION_REASON = "cancellationReason";

	private LoanVariables() {
	}
}
