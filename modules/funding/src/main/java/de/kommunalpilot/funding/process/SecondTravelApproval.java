package de.kommunalpilot.funding.process;

import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.TravelClaims;

/** „Reisekosten zusätzlich freigeben“: the second approval above the threshold; the same form and command as the first. */
@Component
class SecondTravelApproval extends ApproveTravelClaim {

	SecondTravelApproval(TravelClaims claims) {
		super(claims);
	}
}
