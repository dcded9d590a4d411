package de.kommunalpilot.funding.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.funding.FundedCase;
import de.kommunalpilot.funding.FundedCases;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.funding.FundingPeriod;
import de.kommunalpilot.funding.Money;
import de.kommunalpilot.platform.GermanNumbers;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The funding section that the pages of a pilot, a meeting and a loan load (htmx): the period the case is paid from,
 * its planned costs per line against what is booked for it, a warning where it is over plan, and — for coordinators
 * and leads — the form to assign it and plan its costs. Experts do not see it.
 */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class CaseFundingPages {

	private final FundedCases cases;
	private final Funding funding;

	CaseFundingPages(FundedCases cases, Funding funding) {
		this.cases = cases;
		this.funding = funding;
	}

	@GetMapping("/foerderung/fall/{reference}")
	String section(@PathVariable String reference, Model model) {
		return section(reference, model, null, null, Map.of(), null);
	}

	@PostMapping("/foerderung/fall/{reference}")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	String assign(@PathVariable String reference, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
			@RequestHeader(name = "HX-Request", required = false) String htmx, org.springframework.security.core.Authentication user) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		Map<String, String> form = new HashMap<>();
		Map<String, BigDecimal> plan = new LinkedHashMap<>();
		funding.terms().lines().forEach(line -> {
			String value = params.getOrDefault("plan." + line.code(), "");
			form.put("plan." + line.code(), value);
			plan.put(line.code(), Money.parse(violations, "plan." + line.code(), value));
		});
		form.put("period", params.getOrDefault("period", ""));
		try {
			violations.throwIfAny(); // an amount that could not be read must not count as nothing planned
			cases.assign(reference, form.get("period"), plan, user.getName());
		}
		catch (InvalidInputException e) {
			if (htmx == null) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
			}
			// htmx swaps a 200 only: the section comes back with the messages at their fields
			return section(reference, model, form, null, e.errors(), htmx);
		}
		if (htmx == null) {
			return "redirect:" + ownerPage(reference);
		}
		return section(reference, model, null, "Zuordnung und Plan sind gespeichert.", Map.of(), htmx);
	}

	private String section(String reference, Model model, Map<String, String> form, String info, Map<String, String> errors, String htmx) {
		String title = cases.titleOf(reference); // an unknown case is not found
		FundedCase funded = cases.find(reference).orElse(null);
		FundingPeriod period = funded == null ? null : funding.get(funded.periodId());
		if (form == null) {
			form = new HashMap<>();
			form.put("period", period != null ? period.reference() : "");
			if (funded != null) {
				for (var entry : funded.plan().entrySet()) {
					form.put("plan." + entry.getKey(), GermanNumbers.amount(entry.getValue()));
				}
			}
		}
		model.addAttribute("reference", reference);
		model.addAttribute("title", title);
		model.addAttribute("funded", funded);
		model.addAttribute("period", period);
		de.kommunalpilot.funding.Budget budget = cases.budget(reference).orElse(null);
		model.addAttribute("budget", budget);
		model.addAttribute("overPlan", budget == null ? java.util.List.of() : FundedCases.overPlan(budget));
		model.addAttribute("periods", funding.periods().stream().filter(FundingPeriod::open).toList());
		model.addAttribute("lines", funding.terms().lines());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("info", info);
		return "funding/case :: section";
	}

	static String ownerPage(String reference) {
		return FundedCase.Kind.of(reference).page(reference);
	}
}
