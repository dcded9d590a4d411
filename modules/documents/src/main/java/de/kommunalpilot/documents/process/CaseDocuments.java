package de.kommunalpilot.documents.process;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.kommunalpilot.documents.DocumentInfo;
import de.kommunalpilot.documents.Documents;
import de.kommunalpilot.documents.OwnerType;
import de.kommunalpilot.documents.generation.PdfRenderer;
import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.platform.Calendars;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.GermanNumbers;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.pilots.Pilot;

/**
 * The PDFs that process steps owe: rendered, stored on the case and mailed, in one transaction after the step's
 * ({@link DueDocuments}).
 */
@Component
class CaseDocuments {

	private final PdfRenderer renderer;
	private final Documents documents;
	private final MailOutbox outbox;
	private final Exhibition exhibition;

	CaseDocuments(PdfRenderer renderer, Documents documents, MailOutbox outbox, Exhibition exhibition) {
		this.renderer = renderer;
		this.documents = documents;
		this.outbox = outbox;
		this.exhibition = exhibition;
	}

	DocumentInfo loanAgreement(Loan loan) {
		int buffer = exhibition.shippingBufferDays();
		byte[] pdf = renderer.render("loan-agreement", variables("loan", loan, "period",
				GermanDates.period(loan.requestedFrom(), loan.requestedUntil()), "blocked",
				GermanDates.period(loan.requestedFrom().minusDays(buffer), loan.requestedUntil().plusDays(buffer)), "buffer", buffer));
		String fileName = "Leihvertrag-" + loan.reference() + ".pdf";
		DocumentInfo document = documents.storeGenerated(OwnerType.LOAN, loan.reference(), "loan-agreement", fileName, pdf, null);
		outbox.queue(loan.contactEmail(), "Bestätigung und Leihvertrag Wanderausstellung (" + loan.reference() + ")",
				MailOutbox.letter(loan.contactName(), "wir freuen uns, Ihnen die Wanderausstellung ausleihen zu können: "
						+ loan.kit().name() + " vom " + GermanDates.period(loan.requestedFrom(), loan.requestedUntil()) + " in "
						+ loan.venue() + ".\n\nIm Anhang finden Sie den Leihvertrag. Bitte senden Sie uns ein unterschriebenes "
						+ "Exemplar zurück."),
				"loan-agreement", loan.reference(), List.of(new MailOutbox.Attachment(fileName, "application/pdf", pdf),
						Calendars.attachment("Ausleihe-" + loan.reference() + ".ics", Calendars.publish(List.of(loan.calendarEvent())))));
		return document;
	}

	DocumentInfo feeAgreement(Pilot pilot, Expert expert) {
		BigDecimal fee = expert.dailyFee() == null ? BigDecimal.ZERO : expert.dailyFee();
		int days = pilot.consultationDays() == null ? 0 : pilot.consultationDays();
		BigDecimal total = fee.multiply(BigDecimal.valueOf(days));
		byte[] pdf = renderer.render("fee-agreement", variables("pilot", pilot, "expert", expert, "fee", fee, "days", days, "total",
				total));
		String fileName = "Honorarvereinbarung-" + pilot.reference() + ".pdf";
		DocumentInfo document = documents.storeGenerated(OwnerType.PILOT, pilot.reference(), "fee-agreement", fileName, pdf, null,
				expert.userId());
		if (expert.email() != null) {
			outbox.queue(expert.email(), "Honorarvereinbarung für " + pilot.reference(),
					MailOutbox.letter(expert.name(), "vielen Dank für Ihre Zusage. Für die Beratung des Pilotvorhabens "
							+ pilot.reference() + " in " + pilot.municipalityName() + " vereinbaren wir " + days
							+ " Beratungstage zu je " + GermanNumbers.money(fee) + ", insgesamt " + GermanNumbers.money(total)
							+ ". Die Vereinbarung liegt als PDF bei."),
					"fee-agreement", pilot.reference(), List.of(new MailOutbox.Attachment(fileName, "application/pdf", pdf)));
		}
		return document;
	}

	DocumentInfo finalReport(Pilot pilot, List<String> practiceTitles) {
		String fileName = "Abschlussbericht-" + pilot.reference() + ".pdf";
		byte[] pdf = renderFinalReport(pilot, practiceTitles);
		DocumentInfo document = storeFinalReport(pilot, pdf);
		if (pilot.contactEmail() != null) {
			outbox.queue(pilot.contactEmail(), "Abschlussbericht " + pilot.reference(),
					MailOutbox.letter(pilot.contactName(), "das Pilotvorhaben „"
							+ pilot.title() + "“ ist abgeschlossen. Vielen Dank für die Zusammenarbeit! Den Abschlussbericht "
							+ "finden Sie im Anhang."),
					"final-report", pilot.reference(), List.of(new MailOutbox.Attachment(fileName, "application/pdf", pdf)));
		}
		return document;
	}

	byte[] renderFinalReport(Pilot pilot, List<String> practiceTitles) {
		return renderer.render("final-report", variables("pilot", pilot, "practices", practiceTitles, "expert",
				pilot.assignedExpert().map(a -> a.expertName()).orElse("–")));
	}

	/** Stores the final report; it names the expert, so it is their personal data too. */
	DocumentInfo storeFinalReport(Pilot pilot, byte[] pdf) {
		return documents.storeGenerated(OwnerType.PILOT, pilot.reference(), "final-report", "Abschlussbericht-" + pilot.reference() + ".pdf",
				pdf, null, pilot.assignedExpert().map(a -> a.expertUser()).orElse(null));
	}

	static Map<String, Object> variables(Object... keyValues) {
		Map<String, Object> variables = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			variables.put((String) keyValues[i], keyValues[i + 1]);
		}
		variables.put("today", GermanDates.format(LocalDate.now(GermanDates.ZONE)));
		return variables;
	}
}
