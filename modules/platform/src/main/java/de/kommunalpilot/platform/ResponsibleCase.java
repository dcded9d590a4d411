package de.kommunalpilot.platform;

/**
 * A case with a Fallverantwortung (a pilot, a loan, a meeting), for {@link Responsibilities}: the case decides
 * whether it can still change hands and keeps its handovers.
 */
public interface ResponsibleCase {

	/** The case's reference, which is also its process's business key. */
	String reference();

	Responsibility responsibility();

	/** Hands the case to another coordinator (refused once it is closed) and records the handover. */
	void handOver(String to, String by);

	/** Sets or ({@code null}) removes the substitute. */
	void setSubstitute(String coordinator);
}
