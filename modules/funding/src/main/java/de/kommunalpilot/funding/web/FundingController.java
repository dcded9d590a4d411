package de.kommunalpilot.funding.web;

import de.kommunalpilot.platform.PageView;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.funding.Budget;
import de.kommunalpilot.funding.Expenditure;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.funding.FundingPeriod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Funding periods, their budget and their expenditures over HTTP: staff read; leads open periods, set the plan and
 * close them; coordinators and leads book other expenditures and record payments. Experts get 403.
 */
@RestController
@Validated
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class FundingController {

	private final Funding funding;

	FundingController(Funding funding) {
		this.funding = funding;
	}

	@GetMapping("/api/funding/periods")
	List<PeriodView> periods() {
		return funding.periods().stream().map(period -> PeriodView.of(period, funding)).toList();
	}

	@PostMapping(path = "/api/funding/periods", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	ResponseEntity<PeriodView> open(@RequestBody PeriodRequest request, Authentication user) {
		FundingPeriod period = funding.open(new Funding.OpenPeriod(request.title(), request.funder(), request.grantNotice(), request.startsOn(),
				request.endsOn(), request.grantedAmount(), request.ownContribution(), request.plan()), user.getName());
		return ResponseEntity.created(URI.create("/api/funding/periods/" + period.reference())).body(PeriodView.of(period, funding));
	}

	@GetMapping("/api/funding/periods/{reference}")
	PeriodView period(@PathVariable String reference) {
		return PeriodView.of(funding.get(reference), funding);
	}

	@PutMapping(path = "/api/funding/periods/{reference}/plan", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	PeriodView plan(@PathVariable String reference, @RequestBody Map<String, BigDecimal> plan) {
		return PeriodView.of(funding.plan(reference, plan), funding);
	}

	@PostMapping("/api/funding/periods/{reference}/close")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	PeriodView close(@PathVariable String reference, Authentication user) {
		return PeriodView.of(funding.close(reference, user.getName()), funding);
	}

	@GetMapping("/api/funding/periods/{reference}/expenditures")
	PageView<ExpenditureView> expenditures(@PathVariable String reference, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		Page<ExpenditureView> result = funding.expenditures(reference, PageRequest.of(page, size)).map(ExpenditureView::of);
		return new PageView<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(), result.getTotalPages());
	}

	@PostMapping(path = "/api/funding/periods/{reference}/expenditures", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	ResponseEntity<ExpenditureView> record(@PathVariable String reference, @RequestBody BookingRequest request, Authentication user) {
		Expenditure expenditure = funding.record(reference, new Funding.Booking(request.lineCode(), request.incurredOn(), request.payee(),
				request.purpose(), request.amount(), request.caseReference()), user.getName());
		return ResponseEntity.created(URI.create("/api/funding/expenditures/" + expenditure.id())).body(ExpenditureView.of(expenditure));
	}

	@PostMapping(path = "/api/funding/expenditures/{id}/payment", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	ExpenditureView pay(@PathVariable UUID id, @RequestBody PaymentRequest request, Authentication user) {
		return ExpenditureView.of(funding.pay(id, request.paidOn(), request.paymentReference(), user.getName()));
	}

	record PeriodRequest(String title, String funder, String grantNotice, LocalDate startsOn, LocalDate endsOn, BigDecimal grantedAmount,
			BigDecimal ownContribution, Map<String, BigDecimal> plan) {
	}

	record BookingRequest(String lineCode, LocalDate incurredOn, String payee, String purpose, BigDecimal amount, String caseReference) {
	}

	record PaymentRequest(LocalDate paidOn, String paymentReference) {
	}

	record DeadlineView(String kind, String label, int year, LocalDate due) {
	}

	record PeriodView(String reference, String title, String funder, String grantNotice, LocalDate startsOn, LocalDate endsOn,
			BigDecimal grantedAmount, BigDecimal ownContribution, String status, List<DeadlineView> deadlines, BudgetView budget) {

		static PeriodView of(FundingPeriod period, Funding funding) {
			return new PeriodView(period.reference(), period.title(), period.funder(), period.grantNotice(), period.startsOn(), period.endsOn(),
					period.grantedAmount(), period.ownContribution(), period.status().name(),
					period.deadlines(funding.terms()).stream().map(d -> new DeadlineView(d.kind().name(), d.label(), d.year(), d.due())).toList(),
					BudgetView.of(funding.budget(period)));
		}
	}

	record BudgetView(List<LineView> lines, LineView total) {

		static BudgetView of(Budget budget) {
			return new BudgetView(budget.lines().stream().map(LineView::of).toList(), LineView.of(budget.total()));
		}
	}

	/** A budget line: planned, committed (approved, not paid), paid, what is left, and whether it is over its plan. */
	record LineView(String code, String label, BigDecimal planned, BigDecimal committed, BigDecimal paid, BigDecimal available, boolean over) {

		static LineView of(Budget.Line line) {
			return new LineView(line.code(), line.label(), line.planned(), line.committed(), line.paid(), line.available(), line.over());
		}
	}

	record ExpenditureView(String id, String lineCode, String kind, String status, LocalDate incurredOn, String payee, String purpose,
			BigDecimal amount, String caseReference, LocalDate paidOn, String paymentReference) {

		static ExpenditureView of(Expenditure e) {
			return new ExpenditureView(e.id().toString(), e.lineCode(), e.kind().name(), e.status().name(), e.incurredOn(), e.payee(), e.purpose(),
					e.amount(), e.caseReference(), e.paidOn(), e.paymentReference());
		}
	}

}
