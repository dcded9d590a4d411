package de.kommunalpilot.funding.web;

import io.swagger.v3.oas.annotations.media.Schema;
import de.kommunalpilot.platform.PageView;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
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

	/**
	 * Lists the funding periods.
	 *
	 * @return every period with its deadlines and budget
	 */
	@GetMapping("/api/funding/periods")
	List<PeriodView> listPeriods() {
		return funding.periods().stream().map(period -> PeriodView.of(period, funding)).toList();
	}

	/**
	 * Opens a funding period.
	 *
	 * The grant, its span and its financing plan (an amount per budget line). Leads and administrators only.
	 *
	 * @param request the period
	 * @param user the signed-in user
	 * @return the period; its address in {@code Location}
	 */
	@PostMapping(path = "/api/funding/periods", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	ResponseEntity<PeriodView> openPeriod(@RequestBody PeriodRequest request, Authentication user) {
		FundingPeriod period = funding.open(new Funding.OpenPeriod(request.title(), request.funder(), request.grantNotice(), request.startsOn(),
				request.endsOn(), request.grantedAmount(), request.ownContribution(), request.plan()), user.getName());
		return ResponseEntity.created(URI.create("/api/funding/periods/" + period.reference())).body(PeriodView.of(period, funding));
	}

	/**
	 * Reads one funding period with its deadlines and budget.
	 *
	 * @param reference the period's reference
	 * @return the period
	 */
	@GetMapping("/api/funding/periods/{reference}")
	PeriodView getPeriod(@PathVariable String reference) {
		return PeriodView.of(funding.get(reference), funding);
	}

	/**
	 * Replaces a period's financing plan.
	 *
	 * An amount per budget line code; a closed period answers 409. Leads and administrators only.
	 *
	 * @param reference the period's reference
	 * @param plan the planned amount per budget line code
	 * @return the period with its new plan
	 */
	@PutMapping(path = "/api/funding/periods/{reference}/plan", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	PeriodView setPlan(@PathVariable String reference, @RequestBody Map<String, BigDecimal> plan) {
		return PeriodView.of(funding.plan(reference, plan), funding);
	}

	/**
	 * Closes a funding period.
	 *
	 * Nothing can be booked on a closed period. Leads and administrators only.
	 *
	 * @param reference the period's reference
	 * @param user the signed-in user
	 * @return the closed period
	 */
	@PostMapping("/api/funding/periods/{reference}/close")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	PeriodView closePeriod(@PathVariable String reference, Authentication user) {
		return PeriodView.of(funding.close(reference, user.getName()), funding);
	}

	/**
	 * Lists a period's expenditures.
	 *
	 * @param reference the period's reference
	 * @param page the page, from 0
	 * @param size expenditures per page, 1 to 500
	 * @return one page of expenditures
	 */
	@GetMapping("/api/funding/periods/{reference}/expenditures")
	PageView<ExpenditureView> listExpenditures(@PathVariable String reference, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		Page<ExpenditureView> result = funding.expenditures(reference, PageRequest.of(page, size)).map(ExpenditureView::of);
		return new PageView<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(), result.getTotalPages());
	}

	/**
	 * Records an expenditure on a budget line.
	 *
	 * Coordinators and leads only.
	 *
	 * @param reference the period's reference
	 * @param request the expenditure
	 * @param user the signed-in user
	 * @return the expenditure; its address in {@code Location}
	 */
	@PostMapping(path = "/api/funding/periods/{reference}/expenditures", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	ResponseEntity<ExpenditureView> recordExpenditure(@PathVariable String reference, @RequestBody BookingRequest request, Authentication user) {
		Expenditure expenditure = funding.record(reference, new Funding.Booking(request.lineCode(), request.incurredOn(), request.payee(),
				request.purpose(), request.amount(), request.caseReference()), user.getName());
		return ResponseEntity.created(URI.create("/api/funding/expenditures/" + expenditure.id())).body(ExpenditureView.of(expenditure));
	}

	/**
	 * Records that an expenditure was paid.
	 *
	 * Coordinators and leads only.
	 *
	 * @param id the expenditure's id
	 * @param request when and with which payment reference
	 * @param user the signed-in user
	 * @return the paid expenditure
	 */
	@PostMapping(path = "/api/funding/expenditures/{id}/payment", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	ExpenditureView payExpenditure(@PathVariable UUID id, @RequestBody PaymentRequest request, Authentication user) {
		return ExpenditureView.of(funding.pay(id, request.paidOn(), request.paymentReference(), user.getName()));
	}

	/**
	 * A funding period.
	 *
	 * @param title its title
	 * @param funder who grants it
	 * @param grantNotice the grant notice's number
	 * @param startsOn its first day
	 * @param endsOn its last day
	 * @param grantedAmount the grant in euros
	 * @param ownContribution the own contribution in euros
	 * @param plan the planned amount per budget line code
	 */
	record PeriodRequest(@Schema(example = "Förderphase 2027") String title,
			@Schema(example = "Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg") String funder,
			@Schema(example = "SEZ-2027-014") String grantNotice,
			@Schema(example = "2027-01-01") LocalDate startsOn,
			@Schema(example = "2027-12-31") LocalDate endsOn,
			@Schema(example = "120000.00") BigDecimal grantedAmount,
			@Schema(example = "12000.00") BigDecimal ownContribution, Map<String, BigDecimal> plan) {
	}

	/**
	 * An expenditure on a budget line.
	 *
	 * @param lineCode the budget line's code
	 * @param incurredOn the day it was incurred
	 * @param payee who is paid
	 * @param purpose what for
	 * @param amount the amount in euros
	 * @param caseReference the case it belongs to, if any
	 */
	record BookingRequest(@Schema(example = "HONORARE") String lineCode,
			@Schema(example = "2026-11-20") LocalDate incurredOn,
			@Schema(example = "Amina Yilmaz") String payee,
			@Schema(example = "Honorar Beratung P-2026-0001") String purpose,
			@Schema(example = "450.00") BigDecimal amount,
			@Schema(example = "P-2026-0001") String caseReference) {
	}

	/**
	 * A payment of an expenditure.
	 *
	 * @param paidOn the day it was paid
	 * @param paymentReference the payment's reference
	 */
	record PaymentRequest(@Schema(example = "2026-11-30") LocalDate paidOn,
			@Schema(example = "UEB-2026-1130-07") String paymentReference) {
	}

	/**
	 * A report due to the funder.
	 *
	 * @param kind the kind of report
	 * @param label the report as users see it
	 * @param year the year it covers
	 * @param due when it is due
	 */
	record DeadlineView(@Schema(example = "INTERIM") String kind,
			@Schema(example = "Zwischennachweis 2027") String label,
			@Schema(example = "2027") int year,
			@Schema(example = "2028-04-30") LocalDate due) {
	}

	/**
	 * A funding period with its deadlines and budget.
	 *
	 * @param reference its reference
	 * @param title its title
	 * @param funder who grants it
	 * @param grantNotice the grant notice's number
	 * @param startsOn its first day
	 * @param endsOn its last day
	 * @param grantedAmount the grant in euros
	 * @param ownContribution the own contribution in euros
	 * @param status open or closed
	 * @param deadlines the reports due to the funder
	 * @param budget the budget per line
	 */
	record PeriodView(@Schema(example = "F-2027-0001") String reference,
			@Schema(example = "Förderphase 2027") String title,
			@Schema(example = "Stiftung Entwicklungs-Zusammenarbeit Baden-Württemberg") String funder,
			@Schema(example = "SEZ-2027-014") String grantNotice,
			@Schema(example = "2027-01-01") LocalDate startsOn,
			@Schema(example = "2027-12-31") LocalDate endsOn,
			@Schema(example = "120000.00") BigDecimal grantedAmount,
			@Schema(example = "12000.00") BigDecimal ownContribution,
			@Schema(example = "OPEN") String status, List<DeadlineView> deadlines, BudgetView budget) {

		static PeriodView of(FundingPeriod period, Funding funding) {
			return new PeriodView(period.reference(), period.title(), period.funder(), period.grantNotice(), period.startsOn(), period.endsOn(),
					period.grantedAmount(), period.ownContribution(), period.status().name(),
					period.deadlines(funding.terms()).stream().map(d -> new DeadlineView(d.kind().name(), d.label(), d.year(), d.due())).toList(),
					BudgetView.of(funding.budget(period)));
		}
	}

	/**
	 * A period's budget.
	 *
	 * @param lines each budget line
	 * @param total the sums over every line
	 */
	record BudgetView(List<LineView> lines, LineView total) {

		static BudgetView of(Budget budget) {
			return new BudgetView(budget.lines().stream().map(LineView::of).toList(), LineView.of(budget.total()));
		}
	}

	/**
	 * A budget line: planned, committed (approved, not paid), paid, what is left, and whether it is over its plan.
	 *
	 * @param code its code
	 * @param label its name
	 * @param planned the planned amount in euros
	 * @param committed approved, not yet paid
	 * @param paid paid
	 * @param available what is left
	 * @param over whether it is over its plan
	 */
	record LineView(@Schema(example = "HONORARE") String code,
			@Schema(example = "Honorare") String label,
			@Schema(example = "40000.00") BigDecimal planned,
			@Schema(example = "2700.00") BigDecimal committed,
			@Schema(example = "9000.00") BigDecimal paid,
			@Schema(example = "28300.00") BigDecimal available,
			@Schema(example = "false") boolean over) {

		static LineView of(Budget.Line line) {
			return new LineView(line.code(), line.label(), line.planned(), line.committed(), line.paid(), line.available(), line.over());
		}
	}

	/**
	 * An expenditure.
	 *
	 * @param id its id
	 * @param lineCode its budget line
	 * @param kind what kind of expenditure
	 * @param status approved or paid
	 * @param incurredOn the day it was incurred
	 * @param payee who is paid
	 * @param purpose what for
	 * @param amount the amount in euros
	 * @param caseReference the case it belongs to, if any
	 * @param paidOn when it was paid
	 * @param paymentReference the payment's reference
	 */
	record ExpenditureView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id,
			@Schema(example = "HONORARE") String lineCode,
			@Schema(example = "FEE") String kind,
			@Schema(example = "PAID") String status,
			@Schema(example = "2026-11-20") LocalDate incurredOn,
			@Schema(example = "Amina Yilmaz") String payee,
			@Schema(example = "Honorar Beratung P-2026-0001") String purpose,
			@Schema(example = "450.00") BigDecimal amount,
			@Schema(example = "P-2026-0001") String caseReference,
			@Schema(example = "2026-11-30") LocalDate paidOn,
			@Schema(example = "UEB-2026-1130-07") String paymentReference) {

		static ExpenditureView of(Expenditure e) {
			return new ExpenditureView(e.id().toString(), e.lineCode(), e.kind().name(), e.status().name(), e.incurredOn(), e.payee(), e.purpose(),
					e.amount(), e.caseReference(), e.paidOn(), e.paymentReference());
		}
	}

}
