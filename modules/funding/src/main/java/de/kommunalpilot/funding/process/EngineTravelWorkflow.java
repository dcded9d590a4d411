package de.kommunalpilot.funding.process;

import static de.kommunalpilot.funding.process.TravelVariables.*;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

import de.kommunalpilot.funding.TravelClaim;
import de.kommunalpilot.funding.TravelWorkflow;
import de.kommunalpilot.platform.CaseTaskNaming;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.GermanNumbers;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/** The engine side of {@link TravelWorkflow}: the claim's reference is the business key; what its forms show is written at the start. */
@Component
class EngineTravelWorkflow implements TravelWorkflow {

	private final RuntimeService runtime;
	private final EngineSystemCalls systemCalls;

	EngineTravelWorkflow(RuntimeService runtime, EngineSystemCalls systemCalls) {
		this.runtime = runtime;
		this.systemCalls = systemCalls;
	}

	@Override
	public void start(TravelClaim claim) {
		systemCalls.run(() -> runtime.createProcessInstanceByKey(PROCESS).businessKey(claim.reference())
				.setVariables(Map.of(REFERENCE, claim.reference(), EXPERT_NAME, claim.expertName(), SUBMITTED, GermanDates.format(claim.submittedOn()),
						DEADLINE, claim.late() ? "NICHT FRISTGERECHT – mehr als sechs Monate nach einer Fahrt eingereicht (§ 3 LRKG)" : "fristgerecht",
						TRIPS, trips(claim), TOTAL, GermanNumbers.money(claim.total()), SECOND_APPROVAL_NEEDED, false))
				.execute());
	}

	/** One line per trip: „12.03.2026 · P-2026-0001 · Tübingen → Reutlingen · 42 km · 12,60 EUR + Tagegeld 6,00 EUR“. */
	static String trips(TravelClaim claim) {
		return claim.trips().stream().map(trip -> GermanDates.format(trip.date()) + " · " + trip.caseReference() + " · " + trip.origin() + " → "
				+ trip.destination() + " · " + (trip.mode() == TravelClaim.Mode.CAR ? GermanNumbers.number(trip.kilometres()) + " km"
						: "Fahrkarte") + " · " + GermanNumbers.money(trip.travelAmount())
				+ (trip.perDiem().signum() > 0 ? " + Tagegeld " + GermanNumbers.money(trip.perDiem()) : "") + " · " + trip.purpose())
				.collect(Collectors.joining("\n"));
	}

	@Bean
	static CaseTaskNaming travelTasks() {
		return new CaseTaskNaming(PROCESS, "Reisekosten", REFERENCE, EXPERT_NAME, SUBMITTED, "/reisekosten/{reference}");
	}
}
