package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.TravelVariables.*;

import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.UserTask;

/** A user task of a travel claim, named after its step; the claim is the one whose reference is the business key. */
abstract class TravelTask implements UserTask {

	final TravelClaims claims;

	TravelTask(TravelClaims claims) {
		this.claims = claims;
	}

	@Override
	public String process() {
		return PROCESS;
	}

	/** What every step shows: the claim, who submitted it when, the trips, the total and whether it came in time. */
	static TaskForm.Builder shows() {
		return TaskForm.shows(REFERENCE, EXPERT_NAME, SUBMITTED, DEADLINE, TRIPS, TOTAL);
	}
}
