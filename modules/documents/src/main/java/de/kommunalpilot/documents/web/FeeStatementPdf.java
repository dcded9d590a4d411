package de.kommunalpilot.documents.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.kommunalpilot.documents.generation.PdfRenderer;
import de.kommunalpilot.funding.FeeStatement;
import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.GermanNumbers;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Roles;

/**
 * A fee statement as the PDF the expert signs and the bookkeeping files (Honorarabrechnung, PDF/UA, German formats):
 * for staff and for its own expert, anyone else is told it does not exist. Made from the statement on demand.
 */
@PageController
class FeeStatementPdf {

	private final Fees fees;
	private final PdfRenderer pdf;

	FeeStatementPdf(Fees fees, PdfRenderer pdf) {
		this.fees = fees;
		this.pdf = pdf;
	}

	@GetMapping("/foerderung/honorare/{reference}/pdf")
	ResponseEntity<byte[]> statement(@PathVariable String reference, Authentication user) {
		FeeStatement statement = fees.get(reference);
		if (!Roles.isStaff(user) && !statement.expertUser().equals(user.getName())) {
			throw new NoSuchElementException("Keine Honorarabrechnung " + reference + ".");
		}
		byte[] document = pdf.render("fee-statement", Map.of("statement", statement, "money", new GermanNumbersView(), "dates",
				new GermanDatesView(), "today", GermanDates.format(LocalDate.now(GermanDates.ZONE))));
		return Downloads.inlinePdf("Honorarabrechnung-" + reference + ".pdf", document);
	}

	/** German money and numbers for the template (its expressions call instance methods). */
	static final class GermanNumbersView {

		public String money(java.math.BigDecimal amount) {
			return GermanNumbers.money(amount);
		}

		public String number(java.math.BigDecimal value) {
			return GermanNumbers.number(value);
		}
	}

	/** German dates for the template. */
	static final class GermanDatesView {

		public String format(LocalDate date) {
			return GermanDates.format(date);
		}
	}
}
