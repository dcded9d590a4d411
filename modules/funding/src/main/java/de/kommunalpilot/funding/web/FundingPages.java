package de.kommunalpilot.funding.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.kommunalpilot.funding.Expenditure;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.funding.FundingPeriod;
import de.kommunalpilot.funding.FundingTerms;
import de.kommunalpilot.funding.Money;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Förderung for staff: the funding periods, and per period its deadlines, budget control (planned, committed, paid
 * per line, with a warning where a line is over), the financing plan and the Belegliste with payments. Leads open,
 * plan and close periods; coordinators and leads book other expenditures and record payments.
 */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class FundingPages {

	static final int PAGE_SIZE = 50;
	private static final List<String> PERIOD_FIELDS = List.of("title", "funder", "grantNotice", "startsOn", "endsOn", "grantedAmount",
			"ownContribution");
	private static final List<String> BOOKING_FIELDS = List.of("lineCode", "incurredOn", "payee", "purpose", "amount", "caseReference");

	private final Funding funding;
	private final de.kommunalpilot.funding.FundedCases cases;

	FundingPages(Funding funding, de.kommunalpilot.funding.FundedCases cases) {
		this.funding = funding;
		this.cases = cases;
	}

	@GetMapping("/foerderung")
	String list(Model model) {
		return list(model, new HashMap<>(), Map.of());
	}

	@PostMapping("/foerderung")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	String open(@RequestParam Map<String, String> params, Authentication user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Map<String, String> form = form(params, PERIOD_FIELDS, true);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		Funding.OpenPeriod command = new Funding.OpenPeriod(form.get("title"), form.get("funder"), form.get("grantNotice"),
				date(violations, "startsOn", form.get("startsOn")), date(violations, "endsOn", form.get("endsOn")),
				Money.parse(violations, "grantedAmount", form.get("grantedAmount")), Money.parse(violations, "ownContribution", form.get("ownContribution")),
				plan(violations, form));
		Map<String, String> errors = new LinkedHashMap<>(violations.errors());
		if (errors.isEmpty()) {
			try {
				FundingPeriod period = funding.open(command, user.getName());
				redirect.addFlashAttribute("info", "Der Förderzeitraum " + period.reference() + " ist angelegt.");
				return "redirect:/foerderung/" + period.reference();
			}
			catch (InvalidInputException e) {
				errors.putAll(e.errors());
			}
		}
		else {
			funding.check(command).errors().forEach(errors::putIfAbsent); // what could be read is checked too
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return list(model, form, errors);
	}

	private String list(Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("periods", funding.periods().stream().map(period -> new PeriodRow(period, funding.budget(period).total(),
				period.deadlines(funding.terms()).stream().filter(d -> !d.due().isBefore(LocalDate.now(GermanDates.ZONE))).findFirst().orElse(null)))
				.toList());
		model.addAttribute("lines", funding.terms().lines());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "funding/list";
	}

	@GetMapping("/foerderung/{reference}")
	String period(@PathVariable String reference, @RequestParam(defaultValue = "0") int page, Model model) {
		return period(reference, page, model, new HashMap<>(), Map.of());
	}

	@PostMapping("/foerderung/{reference}/plan")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	String plan(@PathVariable String reference, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		Map<String, String> form = form(params, List.of(), true);
		Map<String, BigDecimal> plan = plan(violations, form);
		try {
			violations.throwIfAny(); // an amount that could not be read must not count as nothing planned
			funding.plan(reference, plan);
			redirect.addFlashAttribute("info", "Der Finanzierungsplan ist gespeichert.");
			return "redirect:/foerderung/" + reference;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return period(reference, 0, model, form, e.errors());
		}
	}

	@PostMapping("/foerderung/{reference}/ausgaben")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	String record(@PathVariable String reference, @RequestParam Map<String, String> params, Authentication user, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Map<String, String> form = form(params, BOOKING_FIELDS, false);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		Funding.Booking booking = new Funding.Booking(form.get("lineCode"), date(violations, "incurredOn", form.get("incurredOn")), form.get("payee"),
				form.get("purpose"), Money.parse(violations, "amount", form.get("amount")), form.get("caseReference"));
		try {
			// a value that could not be read is null, and the booking refuses it: the form comes back with every message
			Expenditure expenditure = funding.record(reference, booking, user.getName());
			redirect.addFlashAttribute("info", "Die Ausgabe über " + de.kommunalpilot.platform.GermanNumbers.money(expenditure.amount())
					+ " ist gebucht. Bitte laden Sie den Beleg hoch.");
			return "redirect:/foerderung/ausgaben/" + expenditure.id();
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new LinkedHashMap<>(violations.errors());
			e.errors().forEach(errors::putIfAbsent);
			return period(reference, 0, model, form, errors);
		}
	}

	/** An expenditure with its receipts (the documents section) and, while committed, its payment. */
	@GetMapping("/foerderung/ausgaben/{id}")
	String expenditure(@PathVariable String id, Model model) {
		Expenditure expenditure = funding.expenditure(id);
		model.addAttribute("expenditure", expenditure);
		model.addAttribute("period", funding.periodOf(expenditure));
		model.addAttribute("labels", labels(funding.terms()));
		model.addAttribute("today", LocalDate.now(GermanDates.ZONE));
		return "funding/expenditure";
	}

	@PostMapping("/foerderung/ausgaben/{id}/zahlung")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	String pay(@PathVariable UUID id, @RequestParam(required = false) String paidOn, @RequestParam(required = false) String paymentReference,
			@RequestParam(required = false) String period, Authentication user, RedirectAttributes redirect) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		LocalDate day = date(violations, "paidOn", paidOn);
		String back = "redirect:/foerderung/" + (period == null || !period.matches("F-\\d{4}-\\d{4,6}") ? "ausgaben/" + id : period);
		try {
			violations.throwIfAny();
			Expenditure expenditure = funding.pay(id, day, paymentReference, user.getName());
			redirect.addFlashAttribute("info", "Die Zahlung über " + de.kommunalpilot.platform.GermanNumbers.money(expenditure.amount())
					+ " ist erfasst.");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", "Die Zahlung ist nicht erfasst: " + String.join(" ", e.errors().values()));
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return back;
	}

	@PostMapping("/foerderung/{reference}/abschliessen")
	@PreAuthorize("hasAnyAuthority('leads', 'camunda-admin')")
	String close(@PathVariable String reference, Authentication user, RedirectAttributes redirect) {
		try {
			funding.close(reference, user.getName());
			redirect.addFlashAttribute("info", "Der Förderzeitraum ist abgeschlossen; darauf wird nichts mehr gebucht.");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/foerderung/" + reference;
	}

	private String period(String reference, int page, Model model, Map<String, String> form, Map<String, String> errors) {
		FundingPeriod period = funding.get(reference);
		if (form.keySet().stream().noneMatch(name -> name.startsWith("plan."))) {
			// the plan form shows the plan as it is, the German way
			period.plan().forEach((line, amount) -> form.put("plan." + line, de.kommunalpilot.platform.GermanNumbers.amount(amount)));
		}
		model.addAttribute("period", period);
		model.addAttribute("deadlines", period.deadlines(funding.terms()));
		model.addAttribute("budget", funding.budget(period));
		model.addAttribute("lines", funding.terms().lines());
		model.addAttribute("labels", labels(funding.terms()));
		model.addAttribute("expenditures", funding.expenditures(reference, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		// the cases with costs, planned or booked, those over plan first — summed in the database, not read case by case
		model.addAttribute("assignedCases", cases.countOf(reference));
		model.addAttribute("casesWithCosts", cases.withCosts(reference, PAGE_SIZE));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("today", LocalDate.now(GermanDates.ZONE));
		return "funding/period";
	}

	private static Map<String, String> labels(FundingTerms terms) {
		Map<String, String> labels = new LinkedHashMap<>();
		terms.lines().forEach(line -> labels.put(line.code(), line.label()));
		return labels;
	}

	/** The named fields of a submitted form, and the plan's amounts („plan.HONORARE“) when asked for. */
	private static Map<String, String> form(Map<String, String> params, List<String> fields, boolean plan) {
		Map<String, String> form = new HashMap<>();
		fields.forEach(field -> form.put(field, params.getOrDefault(field, "")));
		if (plan) {
			params.forEach((name, value) -> {
				if (name.startsWith("plan.") && name.length() < 60) {
					form.put(name, value);
				}
			});
		}
		return form;
	}

	private static Map<String, BigDecimal> plan(InvalidInputException.Collector violations, Map<String, String> form) {
		Map<String, BigDecimal> plan = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("plan.")) {
				BigDecimal amount = Money.parse(violations, name, value);
				plan.put(name.substring("plan.".length()), amount);
			}
		});
		return plan;
	}

	static LocalDate date(InvalidInputException.Collector violations, String field, String value) {
		if (value == null || value.isBlank()) {
			return null; // the rules name what is missing
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			violations.reject(field, "Bitte ein gültiges Datum angeben.");
			return null;
		}
	}

	/** A period in the list with its budget's total and the next report due. */
	record PeriodRow(FundingPeriod period, de.kommunalpilot.funding.Budget.Line total, FundingPeriod.Deadline next) {
	}
}
