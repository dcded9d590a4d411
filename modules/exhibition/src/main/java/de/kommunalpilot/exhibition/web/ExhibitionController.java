package de.kommunalpilot.exhibition.web;

import de.kommunalpilot.platform.PageView;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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

	@GetMapping("/api/exhibition/kits")
	List<LoanViews.KitView> kits() {
		return exhibition.kits().stream().map(LoanViews.KitView::of).toList();
	}

	/** Records a request; 201 with the loan reserved or with an alternative, 409 if the period was taken meanwhile. */
	@PostMapping(path = "/api/exhibition/loans", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<LoanViews.LoanView> request(@RequestBody Exhibition.Request request, Authentication user) {
		Loan loan = exhibition.request(request, user.getName());
		LoanViews.LoanView view = exhibition.read(loan.id(), LoanViews.LoanView::of);
		return ResponseEntity.created(URI.create("/api/exhibition/loans/" + view.reference())).body(view);
	}

	@GetMapping("/api/exhibition/loans")
	PageView<LoanViews.LoanView> loans(@RequestParam(required = false) Set<LoanStatus> status,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Set<LoanStatus> statuses = status == null || status.isEmpty() ? EnumSet.allOf(LoanStatus.class) : status;
		Page<LoanViews.LoanView> result = exhibition.search(statuses,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")), LoanViews.LoanView::of);
		return new PageView<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
				result.getTotalPages());
	}

	@GetMapping("/api/exhibition/loans/{reference}")
	LoanViews.LoanView loan(@PathVariable String reference) {
		return exhibition.read(reference, LoanViews.LoanView::of);
	}

	@PostMapping(path = "/api/exhibition/loans/{reference}/cancel", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<Void> cancel(@PathVariable String reference, @RequestBody Map<String, String> body) {
		exhibition.requestCancellation(reference, body.get("reason"));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/exhibition/occupancy")
	List<Exhibition.Occupation> occupancy(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
		if (until.isBefore(from) || ChronoUnit.DAYS.between(from, until) > 731) {
			throw new InvalidInputException(Map.of("until", "Der Zeitraum muss nach dem Beginn enden und darf höchstens zwei Jahre umfassen."));
		}
		return exhibition.occupancy(from, until);
	}
}
