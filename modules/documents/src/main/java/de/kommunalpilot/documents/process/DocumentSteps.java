package de.kommunalpilot.documents.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.practices.Practices;

/**
 * The process steps that generate documents: "Leihvertrag erstellen" ({@code exhibition-loan}),
 * "Honorarvereinbarung erstellen" ({@code expert-assignment}) and "Abschlussbericht erzeugen"
 * ({@code pilot-implementation}).
 */
@Configuration(proxyBeanMethods = false)
class DocumentSteps {

	@Bean("createLoanAgreement")
	JavaDelegate createLoanAgreement(Exhibition exhibition, CaseDocuments documents) {
		return execution -> documents.loanAgreement(
				exhibition.read(UUID.fromString((String) execution.getVariable("loanId")), loan -> loan));
	}

	@Bean("createFeeAgreement")
	JavaDelegate createFeeAgreement(Pilots pilots, Experts experts, CaseDocuments documents) {
		return execution -> {
			Pilot pilot = pilot(pilots, execution.getVariable("pilotId"));
			UUID expertId = pilot.assignedExpert().orElseThrow(() -> new IllegalStateException(
					"Pilot " + pilot.reference() + " has no assigned expert")).expertId();
			documents.feeAgreement(pilot, experts.get(new ExpertId(expertId)));
		};
	}

	@Bean("createFinalReport")
	JavaDelegate createFinalReport(Pilots pilots, Practices practices, CaseDocuments documents) {
		return execution -> {
			Pilot pilot = pilot(pilots, execution.getVariable("pilotId"));
			documents.finalReport(pilot, practices.byCodes(pilot.chosenPractices()).stream()
					.map(p -> p.code() + " – " + p.title()).toList());
		};
	}

	private static Pilot pilot(Pilots pilots, Object id) {
		return pilots.read(PilotId.of((String) id), p -> p);
	}
}
