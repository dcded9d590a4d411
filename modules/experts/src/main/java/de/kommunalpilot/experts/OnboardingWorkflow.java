package de.kommunalpilot.experts;

/**
 * A self-registration's way into the process engine ({@code expert-onboarding}), so the domain stays free
 * of engine types.
 */
public interface OnboardingWorkflow {

	void start(Expert expert);

	/** The expert confirmed consent and fee terms and has a login: the process creates the membership. */
	void consentConfirmed(Expert expert, String userId);

	/** Erasure: the onboarding process and its history go, they are about the person only. */
	void forget(Expert expert);
}
