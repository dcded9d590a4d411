package de.kommunalpilot.exhibition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.municipalities.Municipality;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.ReferenceNumbers;
import de.kommunalpilot.platform.Responsibilities;

/**
 * The exhibition module's facade: loan requests from the public page or a coordinator, the availability
 * check with its booking, and every later step of the {@code exhibition-loan} process. A kit is away for
 * the loan period plus a shipping buffer on both sides; the database refuses overlapping bookings.
 */
@Service
@Transactional
public class Exhibition {

	/** The purpose of the links in alternative offers, which fill in the request again; valid for {@link #OFFER_VALIDITY}. */
	public static final String OFFER = "loan-offer";

	public static final java.time.Duration OFFER_VALIDITY = java.time.Duration.ofDays(30);

	/** The longest loan, in days. */
	public static final int MAX_DAYS = 56;

	private final Loans loans;
	private final Kits kits;
	private final Panels panels;
	private final Bookings bookings;
	private final ReferenceNumbers references;
	private final Municipalities municipalities;
	private final LoanWorkflow workflow;
	private final Responsibilities responsibilities;
	private final int bufferDays;
	private final int leadDays;

	Exhibition(Loans loans, Kits kits, Panels panels, Bookings bookings, ReferenceNumbers references,
			Municipalities municipalities, @Lazy LoanWorkflow workflow, Responsibilities responsibilities,
			@Value("${kommunalpilot.exhibition.shipping-buffer-days:3}") int bufferDays,
			@Value("${kommunalpilot.exhibition.lead-days:14}") int leadDays) {
		this.loans = loans;
		this.kits = kits;
		this.panels = panels;
		this.bookings = bookings;
		this.references = references;
		this.municipalities = municipalities;
		this.workflow = workflow;
		this.responsibilities = responsibilities;
		this.bufferDays = bufferDays;
		this.leadDays = leadDays;
	}

	// --- catalogue

	@Transactional(readOnly = true)
	public List<Kit> kits() {
		return kits.findByActiveTrueOrderByCode();
	}

	@Transactional(readOnly = true)
	public List<Panel> panels() {
		return panels.findAllByOrderByPosition();
	}

	/** The first day a loan requested today may start. */
	public LocalDate earliestStart() {
		return LocalDate.now(GermanDates.ZONE).plusDays(leadDays);
	}

	public int shippingBufferDays() {
		return bufferDays;
	}

	// --- request and availability

	/** Records a request and starts its process, which checks availability at once (one transaction). */
	public Loan request(Request request, String by) {
		InvalidInputException.Collector violations = check(request, new InvalidInputException.Collector());
		Optional<Kit> preferred = request.kitCode() == null || request.kitCode().isBlank() ? Optional.empty()
				: kits.findByCode(request.kitCode().strip()).filter(Kit::active);
		violations.check(request.kitCode() == null || request.kitCode().isBlank() || preferred.isPresent(), "kitCode",
				"Dieses Ausstellungsset gibt es nicht.");
		violations.throwIfAny();
		Municipality municipality = municipalities.applicant(request.ags(), request.municipalityName(), violations).orElseThrow();
		Loan loan = loans.saveAndFlush(new Loan(references.next("A", Year.now(GermanDates.ZONE)), municipality.id().value(),
				municipality.name(), request, preferred.orElse(null), by));
		workflow.start(loan);
		return loan;
	}

	/**
	 * The rules of a request, for the API, the public page and tests: its fields, and a municipality or district of the
	 * register — picked, or named so that the name fits one entry; a key must belong to the name.
	 */
	public InvalidInputException.Collector check(Request request, InvalidInputException.Collector violations) {
		if (request.ags() != null && !request.ags().isBlank()) {
			FormFields.ags(violations, "ags", request.ags());
		}
		FormFields.requiredText(violations, "municipalityName", request.municipalityName(), 200, "den Namen der Kommune");
		if (!violations.has("ags") && !violations.has("municipalityName")) {
			municipalities.applicant(request.ags(), request.municipalityName(), violations);
		}
		FormFields.optionalText(violations, "organisation", request.organisation(), 200);
		FormFields.requiredText(violations, "venue", request.venue(), 300, "den Ausstellungsort");
		FormFields.requiredText(violations, "deliveryAddress", request.deliveryAddress(), 1000, "die Lieferadresse");
		FormFields.requiredText(violations, "contactName", request.contactName(), 200, "eine Ansprechperson");
		FormFields.email(violations, "contactEmail", request.contactEmail(), true);
		FormFields.optionalText(violations, "contactPhone", request.contactPhone(), 50);
		FormFields.optionalText(violations, "message", request.message(), 2000);
		LocalDate earliest = earliestStart();
		if (request.from() == null) {
			violations.reject("from", "Bitte den ersten Ausstellungstag angeben.");
		}
		else {
			violations.check(!request.from().isBefore(earliest), "from",
					"Die Ausleihe kann frühestens am " + GermanDates.format(earliest) + " beginnen (Vorlauf für Versand und Vertrag).");
			violations.check(!request.from().isAfter(LocalDate.now(GermanDates.ZONE).plusYears(2)), "from",
					"Anfragen sind bis zu zwei Jahre im Voraus möglich.");
		}
		if (request.until() == null) {
			violations.reject("until", "Bitte den letzten Ausstellungstag angeben.");
		}
		else if (request.from() != null) {
			violations.check(!request.until().isBefore(request.from()), "until", "Das Ende liegt vor dem Beginn.");
			violations.check(ChronoUnit.DAYS.between(request.from(), request.until()) < MAX_DAYS, "until",
					"Eine Ausleihe dauert höchstens " + MAX_DAYS / 7 + " Wochen.");
		}
		return violations;
	}

	/**
	 * Books a free kit for the loan — the preferred one, else an identical kit (same panels) in the requested
	 * period, or any when none was preferred — or finds the earliest free period of the same length as an
	 * alternative. A booking that another request made at the same moment makes the database refuse this
	 * one: a {@link de.kommunalpilot.platform.ConflictException}.
	 */
	public Availability checkAvailability(UUID loanId) {
		Loan loan = get(loanId);
		LocalDate from = loan.requestedFrom();
		LocalDate until = loan.requestedUntil();
		Kit preferred = loan.preferredKit();
		List<Kit> candidates = preferred == null ? kits() : java.util.stream.Stream.concat(java.util.stream.Stream.of(preferred),
				kits().stream().filter(kit -> !kit.id().equals(preferred.id()) && kit.sameKindAs(preferred))).toList();
		List<Bookings.Booking> booked = bookings.overlapping(from.minusDays(bufferDays), until.plusDays(400 + bufferDays));
		for (Kit kit : candidates) {
			if (isFree(booked, kit, from, until)) {
				bookings.book(loan.id(), kit.id(), from.minusDays(bufferDays), until.plusDays(bufferDays));
				loan.reserve(kit);
				loans.save(loan);
				return new Availability(true, kit.name(), null, null, null);
			}
		}
		long days = ChronoUnit.DAYS.between(from, until);
		LocalDate start = from.isBefore(earliestStart()) ? earliestStart() : from;
		for (int shift = 0; shift <= 365; shift++) {
			LocalDate candidateFrom = start.plusDays(shift);
			for (Kit kit : candidates) {
				if (isFree(booked, kit, candidateFrom, candidateFrom.plusDays(days))) {
					loan.offerAlternative(kit, candidateFrom, candidateFrom.plusDays(days));
					loans.save(loan);
					return new Availability(false, null, candidateFrom, candidateFrom.plusDays(days), kit.name());
				}
			}
		}
		loan.offerAlternative(null, null, null);
		loans.save(loan);
		return new Availability(false, null, null, null, null);
	}

	private boolean isFree(List<Bookings.Booking> booked, Kit kit, LocalDate from, LocalDate until) {
		LocalDate blockedFrom = from.minusDays(bufferDays);
		LocalDate blockedUntil = until.plusDays(bufferDays);
		return booked.stream().noneMatch(b -> b.overlaps(kit.id(), blockedFrom, blockedUntil));
	}

	// --- responsibility (Fallverantwortung)

	/** Who gets the coordination's next step: the responsible coordinator, or their substitute while they are away. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> coordinatorForNextStep(String reference) {
		return java.util.Optional.ofNullable(responsibilities.coordinatorForNextStep(get(reference).responsibility()));
	}

	/** The first coordinator to act on the loan takes it, unless someone has it already. */
	public void takeResponsibility(UUID id, String coordinator) {
		get(id).takeResponsibility(coordinator);
	}

	/** Hands the loan to another coordinator (see {@link Responsibilities#handOver}). */
	public void handOver(String reference, String to, String by, java.util.Set<String> groups) {
		responsibilities.handOver(get(reference), to, by, groups);
	}

	public void setSubstitute(String reference, String substitute, java.util.Set<String> groups) {
		responsibilities.setSubstitute(get(reference), substitute, groups);
	}

	// --- later steps

	public void confirm(UUID loanId) {
		Loan loan = get(loanId);
		loan.confirm();
		loans.save(loan);
	}

	public void decline(UUID loanId, String reason) {
		Loan loan = get(loanId);
		loan.decline(reason);
		bookings.release(loanId);
		loans.save(loan);
	}

	public void ship(UUID loanId, LocalDate shippedOn, String carrier, String trackingNumber) {
		Loan loan = get(loanId);
		loan.ship(shippedOn, carrier, trackingNumber);
		loans.save(loan);
	}

	public void recordReturn(UUID loanId, LocalDate returnedOn, boolean damaged, String damageDescription) {
		Loan loan = get(loanId);
		loan.recordReturn(returnedOn, damaged, damageDescription);
		loans.save(loan);
	}

	public void settleDamage(UUID loanId, String settlement, BigDecimal cost) {
		Loan loan = get(loanId);
		loan.settleDamage(settlement, cost);
		loans.save(loan);
	}

	public void complete(UUID loanId) {
		Loan loan = get(loanId);
		loan.complete();
		loans.save(loan);
	}

	/** Cancels the loan through its process, which frees the kit. */
	public void requestCancellation(String reference, String reason) {
		String stripped = FormFields.requireReason(reason);
		Loan loan = get(reference);
		if (loan.status().isClosed()) {
			throw new de.kommunalpilot.platform.ConflictException(
					"Die Ausleihe " + reference + " ist bereits " + loan.status().label() + ".");
		}
		workflow.cancel(loan, stripped);
	}

	public void recordCancellation(UUID loanId, String reason) {
		Loan loan = get(loanId);
		loan.cancel(reason);
		bookings.release(loanId);
		loans.save(loan);
	}

	// --- reading

	@Transactional(readOnly = true)
	public <T> T read(UUID loanId, Function<Loan, T> reader) {
		return reader.apply(get(loanId));
	}

	/** A loan was requested (the funding pays it from the open period of its first day, or of today). */
	public record LoanRequested(String reference, String municipalityName, java.time.LocalDate from) {
	}

	/** How many loans took place with a loan period in the days from {@code first} to {@code last}. */
	@Transactional(readOnly = true)
	public long lentIn(java.time.LocalDate first, java.time.LocalDate last) {
		return loans.countLent(first, last);
	}

	@Transactional(readOnly = true)
	public <T> T read(String reference, Function<Loan, T> reader) {
		return reader.apply(get(reference));
	}

	@Transactional(readOnly = true)
	public <T> Page<T> search(Collection<LoanStatus> statuses, Pageable pageable, Function<Loan, T> reader) {
		return loans.findByStatusIn(statuses, pageable).map(reader);
	}

	/** Who has which kit when, for the calendar: every booking that overlaps the period. */
	@Transactional(readOnly = true)
	public List<Occupation> occupancy(LocalDate from, LocalDate until) {
		List<Bookings.Booking> booked = bookings.overlapping(from, until);
		Map<UUID, Loan> byId = loans.findByIdIn(booked.stream().map(Bookings.Booking::loanId).toList()).stream()
				.collect(Collectors.toMap(Loan::id, loan -> loan));
		return booked.stream().map(booking -> {
			Loan loan = byId.get(booking.loanId());
			return new Occupation(loan.kit().code(), loan.kit().name(), loan.reference(), loan.municipalityName(),
					loan.status(), loan.requestedFrom(), loan.requestedUntil(), booking.blockedFrom(), booking.blockedUntil());
		}).sorted(Comparator.comparing(Occupation::kitCode).thenComparing(Occupation::blockedFrom)).toList();
	}

	private Loan get(UUID id) {
		return loans.findById(id).orElseThrow(() -> new NoSuchElementException("Keine Ausleihe mit der Kennung " + id + "."));
	}

	private Loan get(String reference) {
		return loans.findByReference(reference).orElseThrow(() -> new NoSuchElementException("Keine Ausleihe " + reference + "."));
	}

	// --- commands and views

	/**
	 * A municipality's request to borrow the exhibition.
	 *
	 * @param ags the municipality's official key (AGS, eight digits)
	 * @param municipalityName the municipality's name
	 * @param organisation who borrows it (office, library, school), if not the municipality itself
	 * @param venue where it is shown
	 * @param deliveryAddress where it is delivered
	 * @param contactName who is responsible on site
	 * @param contactEmail where the borrower is reached
	 * @param contactPhone their phone number
	 * @param from the first day of the loan (yyyy-mm-dd)
	 * @param until the last day of the loan (yyyy-mm-dd)
	 * @param kitCode the kit wanted; any free kit when left out
	 * @param message anything else the borrower wants to say
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "LoanRequest")
	public record Request(@io.swagger.v3.oas.annotations.media.Schema(example = "08416041") String ags,
			@io.swagger.v3.oas.annotations.media.Schema(example = "Universitätsstadt Tübingen") String municipalityName,
			@io.swagger.v3.oas.annotations.media.Schema(example = "Stadtbibliothek Tübingen") String organisation,
			@io.swagger.v3.oas.annotations.media.Schema(example = "Foyer der Stadtbibliothek") String venue,
			@io.swagger.v3.oas.annotations.media.Schema(example = "Nonnengasse 19, 72070 Tübingen") String deliveryAddress,
			@io.swagger.v3.oas.annotations.media.Schema(example = "Max Beispiel") String contactName,
			@io.swagger.v3.oas.annotations.media.Schema(example = "max.beispiel@tuebingen.example") String contactEmail,
			@io.swagger.v3.oas.annotations.media.Schema(example = "+49 7071 000000") String contactPhone,
			@io.swagger.v3.oas.annotations.media.Schema(example = "2027-03-01") LocalDate from,
			@io.swagger.v3.oas.annotations.media.Schema(example = "2027-03-28") LocalDate until,
			@io.swagger.v3.oas.annotations.media.Schema(example = "SET-A") String kitCode,
			@io.swagger.v3.oas.annotations.media.Schema(example = "Wir planen eine Eröffnung mit Schulklassen.") String message) {
	}

	/** The outcome of the availability check: a booked kit, or an alternative period (if one is free within a year). */
	public record Availability(boolean available, String kitName, LocalDate alternativeFrom, LocalDate alternativeUntil,
			String alternativeKitName) {
	}

	/**
	 * A kit's booking in the calendar: the loan period and the blocked period with the shipping buffer.
	 *
	 * @param kitCode the kit's code
	 * @param kitName the kit's name
	 * @param loanReference the loan's reference
	 * @param municipalityName the borrowing municipality
	 * @param status the loan's state
	 * @param from the loan's first day
	 * @param until the loan's last day
	 * @param blockedFrom the first day the kit is blocked (shipping included)
	 * @param blockedUntil the last day it is blocked
	 */
	public record Occupation(String kitCode, String kitName, String loanReference, String municipalityName,
			LoanStatus status, LocalDate from, LocalDate until, LocalDate blockedFrom, LocalDate blockedUntil) {
	}
}
