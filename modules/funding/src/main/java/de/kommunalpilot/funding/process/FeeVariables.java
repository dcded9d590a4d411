package de.kommunalpilot.funding.process;

/** The {@code fee-payment} process and the variables the server writes to it (the case is the business key). */
final class FeeVariables {

	static final String PROCESS = "fee-payment";
	static final String REFERENCE = "feeStatementReference";
	static final String EXPERT_USER = "expertUser";
	static final String EXPERT_NAME = "expertName";
	static final String MONTH = "billingMonth";
	static final String HOURS = "feeHours";
	static final String TOTAL = "feeTotal";
	static final String ITEMS = "feeItems";
	static final String SECOND_APPROVAL_NEEDED = "secondApprovalNeeded";

	static final String CONFIRMATION = "feeConfirmation";
	static final String CHECK = "invoiceCheck";
	static final String MATCHES = "matches";
	static final String GIVE_BACK = "giveBack";
	static final String RETURN_REASON = "returnReason";
	static final String APPROVAL = "paymentApproval";
	static final String PAID_ON = "paidOn";
	static final String PAYMENT_REFERENCE = "paymentReference";

	private FeeVariables() {
	}
}
