package de.kommunalpilot.funding;

/** The process a fee statement goes through ({@code fee-payment}, „Honorarzahlung“), started when it is drawn up. */
public interface FeeWorkflow {

	void start(FeeStatement statement);
}
