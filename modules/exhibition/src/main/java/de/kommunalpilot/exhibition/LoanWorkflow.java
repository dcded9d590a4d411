package de.kommunalpilot.exhibition;

/**
 * The loan's way into the process engine: the domain starts and cancels the {@code exhibition-loan}
 * process only through this port.
 */
public interface LoanWorkflow {

	void start(Loan loan);

	void cancel(Loan loan, String reason);
}
