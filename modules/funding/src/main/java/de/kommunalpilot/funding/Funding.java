package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.ReferenceNumbers;

/**
 * The funding module's facade: opens funding periods with their financing plan, books expenditures on their budget
 * lines and records payments, and answers budget control. Fees and travel claims are booked here by their processes
 * ({@link #book}); other expenditures are recorded by staff ({@link #record}).
 */
@Service
@Transactional
@EnableConfigurationProperties(FundingTerms.class)
public class Funding {

	private final FundingPeriodRepository periods;
	private final ExpenditureRepository expenditures;
	private final ReferenceNumbers references;
	private final FundingTerms terms;
	private final FundedCaseRepository cases;

	Funding(FundingPeriodRepository periods, ExpenditureRepository expenditures, ReferenceNumbers references, FundingTerms terms,
			FundedCaseRepository cases) {
		this.cases = cases;
		this.periods = periods;
		this.expenditures = expenditures;
		this.references = references;
		this.terms = terms;
	}

	/** What a new period's rules find in the command, without opening it. */
	@Transactional(readOnly = true)
	public InvalidInputException.Collector check(OpenPeriod command) {
		return FundingPeriod.check(command, terms, new InvalidInputException.Collector());
	}

	/** Opens a funding period with its financing plan. */
	public FundingPeriod open(OpenPeriod command, String by) {
		check(command).throwIfAny();
		return periods.saveAndFlush(new FundingPeriod(references.next("F", FundingPeriod.yearOf(command.startsOn())), command, terms, by));
	}

	/** Sets the financing plan's amounts per line. */
	public FundingPeriod plan(String reference, Map<String, BigDecimal> amounts) {
		FundingPeriod period = lock(reference);
		period.plan(amounts, terms);
		return periods.save(period);
	}

	/** Records another expenditure (Sach-, Veranstaltungs-, Ausstellungskosten) with its receipt's date, payee and purpose. */
	public Expenditure record(String reference, Booking booking, String by) {
		return book(reference, Expenditure.Kind.OTHER, booking, by);
	}

	/**
	 * Books an expenditure on a line of the period, committed: the period open, the date inside it, the amount in cents.
	 * The period is locked while booking, so a booking and the period's closing never cross.
	 */
	public Expenditure book(String reference, Expenditure.Kind kind, Booking booking, String by) {
		InvalidInputException.Collector violations = booking.check(new InvalidInputException.Collector(), terms);
		BigDecimal amount = Money.check(violations, "amount", booking.amount(), false, terms.maximumAmount());
		FundingPeriod period = lock(reference);
		period.checkBooking(booking.lineCode(), booking.incurredOn(), terms, violations);
		if (booking.caseReference() != null && !booking.caseReference().isBlank() && !violations.has("caseReference")) {
			cases.findById(booking.caseReference().strip()).filter(funded -> !funded.periodId().equals(period.id()))
					.flatMap(funded -> periods.findById(funded.periodId()))
					.ifPresent(other -> violations.reject("caseReference", "Dieser Fall wird aus dem Förderzeitraum " + other.reference() + " ("
							+ other.title() + ") bezahlt; bitte dort buchen."));
		}
		violations.throwIfAny();
		return expenditures.saveAndFlush(new Expenditure(period, kind, booking, amount, by));
	}

	/** Records that an expenditure was paid (payment instructed on that day, with its reference). */
	public Expenditure pay(UUID expenditureId, LocalDate paidOn, String paymentReference, String by) {
		Expenditure expenditure = expenditures.findById(expenditureId)
				.orElseThrow(() -> new NoSuchElementException("Keine Ausgabe mit dieser Kennung."));
		periods.lockById(expenditure.periodId()).orElseThrow().checkPayment();
		expenditure.pay(paidOn, paymentReference, by, LocalDate.now(GermanDates.ZONE));
		return expenditures.saveAndFlush(expenditure);
	}

	/** Closes a period that has ended. */
	public FundingPeriod close(String reference, String by) {
		FundingPeriod period = lock(reference);
		period.close(by, LocalDate.now(GermanDates.ZONE));
		return periods.save(period);
	}

	// --- reading

	@Transactional(readOnly = true)
	public List<FundingPeriod> periods() {
		return periods.newestFirst();
	}

	@Transactional(readOnly = true)
	public FundingPeriod get(String reference) {
		return periods.findByReference(reference)
				.orElseThrow(() -> new NoSuchElementException("Kein Förderzeitraum " + reference + "."));
	}

	/** The open period a day falls in, if any (the newest when periods overlap). */
	@Transactional(readOnly = true)
	public Optional<FundingPeriod> periodOf(LocalDate day) {
		return periods.covering(day).stream().filter(FundingPeriod::open).findFirst();
	}

	/** One expenditure by its id (as a page or a document names it); unknown or malformed is not found. */
	@Transactional(readOnly = true)
	public Expenditure expenditure(String id) {
		try {
			return expenditures.findById(UUID.fromString(id == null ? "" : id.strip()))
					.orElseThrow(() -> new NoSuchElementException("Keine Ausgabe mit dieser Kennung."));
		}
		catch (IllegalArgumentException e) {
			throw new NoSuchElementException("Keine Ausgabe mit dieser Kennung.");
		}
	}

	/** How many expenditures with the case's reference are booked on periods other than this one. */
	@Transactional(readOnly = true)
	public long bookedOnOtherPeriods(String caseReference, UUID periodId) {
		return expenditures.countByCaseReferenceAndPeriodIdNot(caseReference, periodId);
	}

	/**
	 * The open period to book a case's cost of that day on: the case's own period when it has one (it must cover the
	 * day), otherwise the open period the day falls in.
	 */
	@Transactional(readOnly = true)
	public Optional<FundingPeriod> periodFor(String caseReference, LocalDate day) {
		Optional<FundedCase> funded = caseReference == null ? Optional.empty() : cases.findById(caseReference);
		if (funded.isPresent()) {
			return periods.findById(funded.get().periodId()).filter(FundingPeriod::open)
					.filter(period -> !day.isBefore(period.startsOn()) && !day.isAfter(period.endsOn()));
		}
		return periodOf(day);
	}

	/** The period an expenditure is booked on. */
	@Transactional(readOnly = true)
	public FundingPeriod periodOf(Expenditure expenditure) {
		return get(expenditure.periodId());
	}

	/** A period by its id (as an expenditure or a case names it). */
	@Transactional(readOnly = true)
	public FundingPeriod get(UUID id) {
		return periods.findById(id).orElseThrow(() -> new NoSuchElementException("Kein Förderzeitraum mit dieser Kennung."));
	}

	@Transactional(readOnly = true)
	public Page<Expenditure> expenditures(String reference, Pageable pageable) {
		return expenditures.findByPeriodIdOrderByIncurredOnDescRecordedAtDesc(get(reference).id(), pageable);
	}

	/** Budget control of the period: planned, committed and paid per line, summed exactly in the database. */
	@Transactional(readOnly = true)
	public Budget budget(String reference) {
		return budget(get(reference));
	}

	/** Budget control of a period already read. */
	@Transactional(readOnly = true)
	public Budget budget(FundingPeriod period) {
		Map<String, Map<Expenditure.Status, BigDecimal>> sums = new HashMap<>();
		for (Object[] row : expenditures.totals(period.id())) {
			sums.computeIfAbsent((String) row[0], code -> new EnumMap<>(Expenditure.Status.class)).put((Expenditure.Status) row[1],
					(BigDecimal) row[2]);
		}
		return Budget.of(terms, period.plan(), sums);
	}

	public FundingTerms terms() {
		return terms;
	}

	private FundingPeriod lock(String reference) {
		return periods.lockByReference(reference == null ? "" : reference)
				.orElseThrow(() -> new NoSuchElementException("Kein Förderzeitraum " + reference + "."));
	}

	// --- commands

	/**
	 * A new funding period.
	 *
	 * @param grantNotice the Zuwendungsbescheid's reference (Aktenzeichen)
	 * @param plan planned amount per line code
	 */
	public record OpenPeriod(String title, String funder, String grantNotice, LocalDate startsOn, LocalDate endsOn, BigDecimal grantedAmount,
			BigDecimal ownContribution, Map<String, BigDecimal> plan) {
	}

	/**
	 * An expenditure to book.
	 *
	 * @param incurredOn the receipt's date (Belegdatum)
	 * @param caseReference the pilot, meeting or loan it was spent for, if any (P-…, T-…, A-…)
	 */
	public record Booking(String lineCode, LocalDate incurredOn, String payee, String purpose, BigDecimal amount, String caseReference) {

		InvalidInputException.Collector check(InvalidInputException.Collector violations, FundingTerms terms) {
			FormFields.requiredText(violations, "payee", payee, Expenditure.PAYEE_MAX, "den Zahlungsempfänger");
			FormFields.requiredText(violations, "purpose", purpose, Expenditure.PURPOSE_MAX, "den Zweck");
			violations.check(caseReference == null || caseReference.isBlank() || caseReference.strip().matches("[PTA]-\\d{4}-\\d{4,6}"),
					"caseReference", "Bitte das Zeichen eines Pilotvorhabens, Treffens oder einer Ausleihe angeben (z. B. P-2026-0001).");
			return violations;
		}
	}
}
