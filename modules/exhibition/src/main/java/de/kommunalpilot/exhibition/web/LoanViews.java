package de.kommunalpilot.exhibition.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.kommunalpilot.exhibition.Kit;
import de.kommunalpilot.exhibition.Loan;

/** What the API shows of kits and loans. */
final class LoanViews {

	private LoanViews() {
	}

	record KitView(String code, String name, String description, List<PanelView> panels) {

		static KitView of(Kit kit) {
			return new KitView(kit.code(), kit.name(), kit.description(),
					kit.panels().stream().map(p -> new PanelView(p.code(), p.sdg(), p.title())).toList());
		}
	}

	record PanelView(String code, int sdg, String title) {
	}

	record LoanView(String reference, String status, String statusLabel, String municipalityName, String venue,
			String contactName, String contactEmail, LocalDate from, LocalDate until, String kitCode, LocalDate alternativeFrom,
			LocalDate alternativeUntil, String alternativeKitCode, Instant createdAt) {

		static LoanView of(Loan loan) {
			return new LoanView(loan.reference(), loan.status().name(), loan.status().label(), loan.municipalityName(),
					loan.venue(), loan.contactName(), loan.contactEmail(), loan.requestedFrom(), loan.requestedUntil(),
					loan.kit() == null ? null : loan.kit().code(), loan.alternativeFrom(), loan.alternativeUntil(),
					loan.alternativeKit() == null ? null : loan.alternativeKit().code(), loan.createdAt());
		}
	}

}
