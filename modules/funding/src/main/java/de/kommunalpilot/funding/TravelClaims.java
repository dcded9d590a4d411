package de.kommunalpilot.funding;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.ReferenceNumbers;

/**
 * The experts' travel claims: submitted by the expert for trips to their own pilots or to meetings, checked by a
 * coordinator with the receipts, approved by leads (four eyes), booked as committed on the travel line of the open
 * funding period of the last trip when fully approved, and paid from there.
 */
@Service
@Transactional
public class TravelClaims {

	private static final Set<String> EXPERTS = Set.of("experts");

	private final TravelClaimRepository claims;
	private final Experts experts;
	private final Pilots pilots;
	private final Meetings meetings;
	private final Funding funding;
	private final ReferenceNumbers references;
	private final TravelWorkflow workflow;
	private final MailOutbox mails;

	TravelClaims(TravelClaimRepository claims, Experts experts, Pilots pilots, Meetings meetings, Funding funding, ReferenceNumbers references,
			@Lazy TravelWorkflow workflow, MailOutbox mails) {
		this.claims = claims;
		this.experts = experts;
		this.pilots = pilots;
		this.meetings = meetings;
		this.funding = funding;
		this.references = references;
		this.workflow = workflow;
		this.mails = mails;
	}

	/** What the claim's rules find in the trips, the cases included (a pilot of the expert's own, or a meeting). */
	@Transactional(readOnly = true)
	public InvalidInputException.Collector check(String expertUser, List<TravelClaim.TripEntry> trips) {
		InvalidInputException.Collector violations = TravelClaim.check(trips, today(), funding.terms().travel(),
				new InvalidInputException.Collector());
		for (int n = 1; n <= trips.size() && n <= TravelClaim.TRIPS_MAX; n++) {
			String reference = trips.get(n - 1).caseReference();
			if (reference != null && !violations.has(TravelClaim.field(n, "caseReference")) && !isOwnCase(expertUser, reference.strip())) {
				violations.reject(TravelClaim.field(n, "caseReference"), "Dieses Pilotvorhaben oder Treffen ist keines Ihrer Vorhaben.");
			}
		}
		return violations;
	}

	private boolean isOwnCase(String expertUser, String reference) {
		try {
			return reference.startsWith("P-") ? pilots.read(reference, pilot -> Pilots.visibleTo(pilot, expertUser, EXPERTS))
					: meetings.read(reference, meeting -> true);
		}
		catch (NoSuchElementException e) {
			return false;
		}
	}

	/** An expert submits a claim; a claim later than the deadline after a trip is accepted and flagged. */
	public TravelClaim submit(String expertUser, List<TravelClaim.TripEntry> trips) {
		Expert expert = experts.findByUserId(expertUser)
				.orElseThrow(() -> new NotPermittedException("Reisekosten rechnen Expert*innen mit eigenem Profil ab."));
		check(expertUser, trips).throwIfAny();
		TravelClaim claim = claims.saveAndFlush(new TravelClaim(references.next("R", Year.now(GermanDates.ZONE)), expertUser, expert.name(), trips,
				today(), funding.terms().travel()));
		workflow.start(claim);
		return claim;
	}

	/** A coordinator checks it against its receipts. */
	public TravelClaim check(String reference, String by, boolean receiptsPresent) {
		TravelClaim claim = get(reference);
		claim.check(by, receiptsPresent);
		return claims.save(claim);
	}

	/** The way back: the claim goes back to the expert with the reason, by mail. */
	public TravelClaim giveBack(String reference, String by, String reason) {
		TravelClaim claim = get(reference);
		claim.giveBack(by, reason);
		claims.save(claim);
		experts.findByUserId(claim.expertUser()).filter(expert -> expert.email() != null).ifPresent(expert -> mails.queue(expert.email(),
				"Reisekostenabrechnung " + claim.reference() + " zurückgegeben",
				MailOutbox.letter(expert.name(), "Ihre Reisekostenabrechnung " + claim.reference() + " wurde bei der Prüfung zurückgegeben. Grund:\n\n"
						+ claim.returnReason() + "\n\nBitte reichen Sie unter „Reisekosten“ eine berichtigte Abrechnung ein."),
				"travel-claim", claim.reference()));
		return claim;
	}

	/**
	 * A lead approves; fully approved, the claim is booked as committed on the travel line of the open funding period its
	 * last trip falls in (none is a conflict, and nothing is approved).
	 */
	public TravelClaim approve(String reference, String by) {
		TravelClaim claim = get(reference);
		if (claim.approve(by, funding.terms().secondApprovalAbove())) {
			String caseReference = claim.trips().get(0).caseReference();
			FundingPeriod period = funding.periodFor(caseReference, claim.lastTrip()).orElseThrow(() -> new ConflictException(
					"Für den " + GermanDates.format(claim.lastTrip()) + " gibt es keinen offenen Förderzeitraum, aus dem " + caseReference
							+ " bezahlt wird; die Reisekosten lassen sich nicht buchen."));
			Expenditure expenditure = funding.book(period.reference(), Expenditure.Kind.TRAVEL,
					new Funding.Booking(funding.terms().travel().line(), claim.lastTrip(), claim.expertName(),
							"Reisekosten " + claim.reference() + " (" + claim.trips().size() + (claim.trips().size() == 1 ? " Fahrt)" : " Fahrten)"),
							claim.total(), caseReference),
					by);
			claim.booked(expenditure.id());
		}
		return claims.save(claim);
	}

	/** The payment was instructed: recorded on the booked expenditure. */
	public TravelClaim pay(String reference, LocalDate paidOn, String paymentReference, String by) {
		TravelClaim claim = get(reference);
		if (claim.expenditureId() == null) {
			throw new ConflictException("Diese Reisekostenabrechnung ist " + claim.status().label() + " und noch nicht zur Zahlung freigegeben.");
		}
		funding.pay(claim.expenditureId(), paidOn, paymentReference, by);
		claim.paid();
		return claims.save(claim);
	}

	@Transactional(readOnly = true)
	public TravelClaim get(String reference) {
		return claims.findByReference(reference == null ? "" : reference)
				.orElseThrow(() -> new NoSuchElementException("Keine Reisekostenabrechnung " + reference + "."));
	}

	/** The claims, newest first: an expert's own, or all of them for staff. */
	@Transactional(readOnly = true)
	public Page<TravelClaim> list(String expertUser, Pageable pageable) {
		return expertUser == null ? claims.findAllByOrderByCreatedAtDesc(pageable) : claims.findByExpertUserOrderByCreatedAtDesc(expertUser, pageable);
	}

	/** What a trip can be for: the expert's own pilots and the meetings, newest first, as „P-2026-0001 · Titel“. */
	@Transactional(readOnly = true)
	public List<Purpose> purposes(String expertUser) {
		List<Purpose> purposes = new java.util.ArrayList<>(pilots.search(
				new de.kommunalpilot.pilots.PilotFilter(null, null, null, expertUser, null, null, expertUser, null, null),
				org.springframework.data.domain.PageRequest.of(0, 100, org.springframework.data.domain.Sort.by("createdAt").descending()),
				pilot -> new Purpose(pilot.reference(), "Pilotvorhaben " + pilot.reference() + " · " + pilot.title())).getContent());
		purposes.addAll(meetings.list(org.springframework.data.domain.PageRequest.of(0, 50, org.springframework.data.domain.Sort.by("createdAt")
				.descending()), meeting -> new Purpose(meeting.reference(), "Austauschtreffen " + meeting.reference() + " · " + meeting.title()))
				.getContent());
		return purposes;
	}

	/** A pilot or meeting a trip can be for. */
	public record Purpose(String reference, String label) {
	}

	private static LocalDate today() {
		return LocalDate.now(GermanDates.ZONE);
	}
}
