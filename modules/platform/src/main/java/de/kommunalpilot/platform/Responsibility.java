package de.kommunalpilot.platform;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The Fallverantwortung of a case (a pilot, a loan, a meeting): the coordinator who looks after it and who
 * stands in while they are away. The case keeps the handovers this returns; {@link CaseTasks#handOver} moves
 * the open steps along.
 */
@Embeddable
public class Responsibility {

	@Column(name = "responsible_coordinator")
	private String responsible;

	@Column(name = "substitute_coordinator")
	private String substitute;

	public String responsible() {
		return responsible;
	}

	public String substitute() {
		return substitute;
	}

	/** Who gets the coordination's next step: the responsible coordinator, or while they are away the substitute (else the team). */
	public String coordinatorForNextStep(Predicate<String> absent) {
		if (responsible == null) {
			return null;
		}
		if (!absent.test(responsible)) {
			return responsible;
		}
		return substitute != null && !absent.test(substitute) ? substitute : null;
	}

	/** The substitute for absences; {@code null} removes it. Not the responsible coordinator themselves. */
	public void setSubstitute(String coordinator) {
		if (coordinator != null && coordinator.equals(responsible)) {
			throw new InvalidInputException(Map.of("substitute", "Die Vertretung ist eine andere Person als die Fallverantwortliche."));
		}
		substitute = coordinator;
	}

	/** The first coordinator to act on the case takes it, unless someone has it already. */
	public Optional<ResponsibilityChange> take(String coordinator) {
		if (responsible != null || coordinator == null) {
			return Optional.empty();
		}
		return Optional.of(hand(coordinator, coordinator));
	}

	/** Hands the case to another coordinator; {@code caseName} names it in the refusal („Das Pilotvorhaben P-…“). */
	public ResponsibilityChange handOver(String to, String by, String caseName) {
		if (to.equals(responsible)) {
			throw new ConflictException(caseName + " liegt schon bei dieser Person.");
		}
		return hand(to, by);
	}

	private ResponsibilityChange hand(String to, String by) {
		ResponsibilityChange change = new ResponsibilityChange(responsible, to, Instant.now(), by);
		responsible = to;
		if (to.equals(substitute)) {
			substitute = null;
		}
		return change;
	}
}
