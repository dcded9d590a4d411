package de.kommunalpilot.funding;

/** The process a travel claim goes through ({@code travel-claim}, „Reisekostenerstattung“), started when it is submitted. */
public interface TravelWorkflow {

	void start(TravelClaim claim);
}
