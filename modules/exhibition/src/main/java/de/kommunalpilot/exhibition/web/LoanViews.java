package de.kommunalpilot.exhibition.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import de.kommunalpilot.exhibition.Kit;
import de.kommunalpilot.exhibition.Loan;

/** What the API shows of kits and loans. */
final class LoanViews {

	private LoanViews() {
	}

	/**
	 * A kit of the exhibition.
	 *
	 * @param code its code
	 * @param name its name
	 * @param description what it holds
	 * @param panels its panels, one per SDG
	 */
	record KitView(@Schema(example = "SET-A") String code,
			@Schema(example = "Ausstellungsset A (alle 17 Tafeln)") String name,
			@Schema(example = "Die vollständige Ausstellung mit 17 Roll-ups.") String description, List<PanelView> panels) {

		static KitView of(Kit kit) {
			return new KitView(kit.code(), kit.name(), kit.description(),
					kit.panels().stream().map(p -> new PanelView(p.code(), p.sdg(), p.title())).toList());
		}
	}

	/**
	 * A panel of a kit.
	 *
	 * @param code the panel's code
	 * @param sdg the SDG it shows (1 to 17)
	 * @param title its title
	 */
	record PanelView(String code, int sdg, String title) {
	}

	/**
	 * A loan of the exhibition.
	 *
	 * @param reference the loan's reference
	 * @param status its state
	 * @param statusLabel its state as users see it
	 * @param municipalityName the borrowing municipality
	 * @param venue where it is shown
	 * @param contactName who is responsible on site
	 * @param contactEmail where the borrower is reached
	 * @param from the loan's first day
	 * @param until the loan's last day
	 * @param kitCode the kit reserved
	 * @param alternativeFrom the first day of the alternative offered, if the period was taken
	 * @param alternativeUntil the last day of the alternative
	 * @param alternativeKitCode the kit of the alternative
	 * @param createdAt when the request was recorded
	 */
	record LoanView(@Schema(example = "A-2027-0003") String reference,
			@Schema(example = "RESERVED") String status,
			@Schema(example = "Reserviert, wartet auf Bestätigung") String statusLabel,
			@Schema(example = "Universitätsstadt Tübingen") String municipalityName,
			@Schema(example = "Foyer der Stadtbibliothek") String venue,
			@Schema(example = "Max Beispiel") String contactName,
			@Schema(example = "max.beispiel@tuebingen.example") String contactEmail,
			@Schema(example = "2027-03-01") LocalDate from,
			@Schema(example = "2027-03-28") LocalDate until,
			@Schema(example = "SET-A") String kitCode,
			@Schema(example = "2027-04-05") LocalDate alternativeFrom,
			@Schema(example = "2027-05-02") LocalDate alternativeUntil,
			@Schema(example = "SET-B") String alternativeKitCode,
			@Schema(example = "2026-11-20T09:15:00Z") Instant createdAt) {

		static LoanView of(Loan loan) {
			return new LoanView(loan.reference(), loan.status().name(), loan.status().label(), loan.municipalityName(),
					loan.venue(), loan.contactName(), loan.contactEmail(), loan.requestedFrom(), loan.requestedUntil(),
					loan.kit() == null ? null : loan.kit().code(), loan.alternativeFrom(), loan.alternativeUntil(),
					loan.alternativeKit() == null ? null : loan.alternativeKit().code(), loan.createdAt());
		}
	}

}
