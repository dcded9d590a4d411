package de.kommunalpilot.exhibition.web;

import de.kommunalpilot.platform.PageView;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.exhibition.LoanStatus;
import de.kommunalpilot.platform.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The exhibition over HTTP for staff: kits, loans (a coordinator records a request taken by phone), the
 * occupancy and cancellation. Municipalities request through the public page.
 */
@RestController
@Validated
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class ExhibitionController {

	private final Exhibition exhibition;

	ExhibitionController(Exhibition exhibition) {
		this.exhibition = exhibition;
	}

	/**
	 * Lists the exhibition's kits.
	 *
	 * @return every kit with its state
	 */
	@GetMapping("/api/exhibition/kits")
	List<LoanViews.KitView> listKits() {
		return exhibition.kits().stream().map(LoanViews.KitView::of).toList();
	}

	/**
	 * Requests a loan of the exhibition for a municipality.
	 *
	 * The period is reserved when a kit is free for it (shipping buffers included); otherwise the loan offers the nearest
	 * free period as an alternative. A period taken by a concurrent request answers 409. Coordinators and administrators
	 * only.
	 *
	 * @param request the municipality, the period and the contact
	 * @param user the signed-in user
	 * @return the loan, reserved or with an alternative; its address in {@code Location}
	 */
	@PostMapping(path = "/api/exhibition/loans", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<LoanViews.LoanView> requestLoan(@RequestBody Exhibition.Request request, Authentication user) {
		Loan loan = exhibition.request(request, user.getName());
		LoanViews.LoanView view = exhibition.read(loan.id(), LoanViews.LoanView::of);
		return ResponseEntity.created(URI.create("/api/exhibition/loans/" + view.reference())).body(view);
	}

	/**
	 * Lists loans, newest first.
	 *
	 * @param status only loans in these states (several allowed)
	 * @param page the page, from 0
	 * @param size loans per page, 1 to 200
	 * @return one page of loans
	 */
	@GetMapping("/api/exhibition/loans")
	PageView<LoanViews.LoanView> listLoans(@RequestParam(required = false) Set<LoanStatus> status,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Set<LoanStatus> statuses = status == null || status.isEmpty() ? EnumSet.allOf(LoanStatus.class) : status;
		Page<LoanViews.LoanView> result = exhibition.search(statuses,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")), LoanViews.LoanView::of);
		return new PageView<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages());
	}

	/**
	 * Reads one loan.
	 *
	 * @param reference the loan's reference
	 * @return the loan
	 */
	@GetMapping("/api/exhibition/loans/{reference}")
	LoanViews.LoanView getLoan(@PathVariable String reference) {
		return exhibition.read(reference, LoanViews.LoanView::of);
	}

	/**
	 * Cancels a loan.
	 *
	 * Frees its period; a loan that has ended already answers 409. Coordinators and administrators only.
	 *
	 * @param reference the loan's reference
	 * @param request why the loan is cancelled
	 */
	@PostMapping(path = "/api/exhibition/loans/{reference}/cancel", consumes = "application/json")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	void cancelLoan(@PathVariable String reference, @RequestBody CancellationRequest request) {
		exhibition.requestCancellation(reference, request.reason());
	}

	/**
	 * Shows which kits are booked when.
	 *
	 * The booked periods (with shipping buffers) that overlap the span, at most two years.
	 *
	 * @param from the span's first day (yyyy-mm-dd)
	 * @param until the span's last day (yyyy-mm-dd)
	 * @return the bookings in the span
	 */
	@GetMapping("/api/exhibition/occupancy")
	List<Exhibition.Occupation> getOccupancy(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		if (until.isBefore(from) || ChronoUnit.DAYS.between(from, until) > 731) {
			throw new InvalidInputException(Map.of("until", "Der Zeitraum muss nach dem Beginn enden und darf höchstens zwei Jahre umfassen."));
		}
		return exhibition.occupancy(from, until);
	}

	/**
	 * Why a loan is cancelled.
	 *
	 * @param reason the reason, told to the municipality
	 */
	record CancellationRequest(@Schema(example = "Die Ausstellung wird am Ort nicht mehr benötigt.") String reason) {
	}
}
