package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PublicPages;

/**
 * The mails of a loan to the municipality's contact: the alternative offer, the decline and the
 * shipping notice. They go through the outbox in the step's transaction.
 */
@Component
class LoanMails {

	private final Exhibition exhibition;
	private final MailOutbox outbox;
	private final PublicPages publicPages;
	private final de.kommunalpilot.platform.SingleUseTokens tokens;

	LoanMails(Exhibition exhibition, MailOutbox outbox, PublicPages publicPages, de.kommunalpilot.platform.SingleUseTokens tokens) {
		this.exhibition = exhibition;
		this.outbox = outbox;
		this.publicPages = publicPages;
		this.tokens = tokens;
	}

	void alternative(DelegateExecution execution) {
		Loan loan = loan(execution);
		String offer;
		if (loan.alternativeFrom() == null) {
			offer = "Leider ist im gewünschten Zeitraum und im Jahr danach kein Ausstellungsset frei. "
					+ "Bitte sprechen Sie uns an, damit wir gemeinsam eine Lösung finden.";
		}
		else {
			// the link fills in the whole request again, with the free period: by a token, not with the contact data in the address
			String link = publicPages.link(PublicPages.PATH + "/ausstellung?angebot="
					+ tokens.issue(Exhibition.OFFER, loan.reference(), Exhibition.OFFER_VALIDITY));
			offer = "Im gewünschten Zeitraum (" + GermanDates.period(loan.requestedFrom(), loan.requestedUntil())
					+ ") ist kein Ausstellungsset frei. Frei ist: " + loan.alternativeKit().name() + " vom "
					+ GermanDates.period(loan.alternativeFrom(), loan.alternativeUntil())
					+ ".\n\nWenn Ihnen dieser Termin passt, fragen Sie ihn bitte hier an (die Angaben sind schon eingetragen):\n" + link;
		}
		send(loan, "Ihre Anfrage zur Wanderausstellung – Alternativtermin", "alternative", offer);
	}

	void decline(DelegateExecution execution) {
		Loan loan = loan(execution);
		send(loan, "Ihre Anfrage zur Wanderausstellung", "loan-decline",
				"leider können wir Ihnen die Wanderausstellung für den " + GermanDates.period(loan.requestedFrom(), loan.requestedUntil())
						+ " nicht ausleihen.\n\nBegründung: " + loan.declineReason());
	}

	void shipped(Loan loan) {
		send(loan, "Die Wanderausstellung ist unterwegs", "loan-shipped",
				"die Wanderausstellung (" + loan.kit().name() + ") wurde am " + GermanDates.format(loan.shippedOn()) + " mit "
						+ loan.carrier() + " an folgende Adresse versandt:\n" + loan.deliveryAddress()
						+ (loan.trackingNumber() == null ? "" : "\n\nSendungsnummer: " + loan.trackingNumber())
						+ "\n\nBitte senden Sie die Ausstellung nach dem " + GermanDates.format(loan.requestedUntil())
						+ " vollständig in den Transportkisten zurück.");
	}

	private void send(Loan loan, String subject, String category, String text) {
		outbox.queue(loan.contactEmail(), subject + " (" + loan.reference() + ")",
				MailOutbox.letter(loan.contactName(), "" + text + ""),
				category, loan.reference());
	}

	private Loan loan(DelegateExecution execution) {
		return exhibition.read(UUID.fromString((String) execution.getVariable(LOAN_ID)), loan -> loan);
	}
}
