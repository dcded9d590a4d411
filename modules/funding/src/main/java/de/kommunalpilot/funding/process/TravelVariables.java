package de.kommunalpilot.funding.process;

/** The {@code travel-claim} process and the variables the server writes to it (the case is the business key). */
final class TravelVariables {

	static final String PROCESS = "travel-claim";
	static final String REFERENCE = "travelClaimReference";
	static final String EXPERT_NAME = "expertName";
	static final String SUBMITTED = "travelSubmitted";
	static final String TOTAL = "travelTotal";
	static final String TRIPS = "travelTrips";
	static final String DEADLINE = "travelDeadline";
	static final String SECOND_APPROVAL_NEEDED = "secondApprovalNeeded";

	static final String CHECK = "travelCheck";
	static final String MATCHES = "matches";
	static final String GIVE_BACK = "giveBack";
	static final String RECEIPTS = "receiptsChecked";
	static final String RETURN_REASON = "returnReason";
	static final String APPROVAL = "travelApproval";
	static final String PAID_ON = "paidOn";
	static final String PAYMENT_REFERENCE = "paymentReference";

	private TravelVariables() {
	}
}
