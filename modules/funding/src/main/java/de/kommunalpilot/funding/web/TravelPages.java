package de.kommunalpilot.funding.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

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

import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.funding.Money;
import de.kommunalpilot.funding.TravelClaim;
import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Roles;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Travel costs (Reisekosten): experts submit claims for trips to their pilots and meetings and follow them; staff see all
 * claims. A claim's page shows its trips and takes the receipts (the documents section); Tasklist's steps link to it.
 */
@PageController
class TravelPages {

	/** Rows the form shows: as many as filled and one more, at least three. */
	static final int ROWS_SHOWN = 3;

	private final TravelClaims claims;
	private final Funding funding;

	TravelPages(TravelClaims claims, Funding funding) {
		this.claims = claims;
		this.funding = funding;
	}

	@GetMapping("/reisekosten")
	String list(@RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
		boolean staff = Roles.isStaff(user);
		model.addAttribute("claims", claims.list(staff ? null : user.getName(), PageRequest.of(Math.max(0, page), 50)));
		model.addAttribute("staff", staff);
		return "funding/travel-claims";
	}

	@GetMapping("/reisekosten/neu")
	@PreAuthorize("hasAuthority('experts')")
	String form(Authentication user, Model model) {
		return form(user, model, new HashMap<>(), Map.of(), ROWS_SHOWN);
	}

	@PostMapping("/reisekosten/neu")
	@PreAuthorize("hasAuthority('experts')")
	String submit(@RequestParam Map<String, String> params, Authentication user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		// the filled rows, moved up so that trip n is row n (an empty row in between is dropped)
		Map<String, String> form = new HashMap<>();
		int filled = 0;
		for (int row = 1; row <= TravelClaim.TRIPS_MAX; row++) {
			int from = row;
			if (TravelClaim.TRIP_FIELDS.stream().anyMatch(field -> !field.equals("mode") && !params.getOrDefault(TravelClaim.field(from, field), "").isBlank())) {
				filled++;
				for (String field : TravelClaim.TRIP_FIELDS) {
					form.put(TravelClaim.field(filled, field), params.getOrDefault(TravelClaim.field(from, field), ""));
				}
			}
		}
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		List<TravelClaim.TripEntry> trips = new ArrayList<>();
		for (int n = 1; n <= filled; n++) {
			trips.add(trip(n, form, violations));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			// a value that could not be read is null, and the claim refuses it: the form comes back with every message
			violations.throwIfAny();
			TravelClaim claim = claims.submit(user.getName(), trips);
			redirect.addFlashAttribute("info", "Die Reisekostenabrechnung " + claim.reference() + " über "
					+ de.kommunalpilot.platform.GermanNumbers.money(claim.total()) + " ist eingereicht."
					+ (claim.trips().stream().anyMatch(trip -> trip.mode() == TravelClaim.Mode.FARE) ? " Bitte laden Sie die Fahrkarten als Belege hier hoch." : "")
					+ (claim.late() ? " Hinweis: Eine Fahrt liegt mehr als " + funding.terms().travel().claimDeadlineMonths()
							+ " Monate zurück; die Abrechnung ist als nicht fristgerecht vermerkt." : ""));
			return "redirect:/reisekosten/" + claim.reference();
		}
		catch (InvalidInputException e) {
			errors.putAll(violations.errors());
			claims.check(user.getName(), trips).errors().forEach(errors::putIfAbsent);
			e.errors().forEach(errors::putIfAbsent);
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return form(user, model, form, errors, Math.max(ROWS_SHOWN, filled + 1));
	}

	private static TravelClaim.TripEntry trip(int n, Map<String, String> form, InvalidInputException.Collector violations) {
		String mode = form.get(TravelClaim.field(n, "mode"));
		TravelClaim.Mode chosen = "CAR".equals(mode) ? TravelClaim.Mode.CAR : "FARE".equals(mode) ? TravelClaim.Mode.FARE : null;
		return new TravelClaim.TripEntry(FundingPages.date(violations, TravelClaim.field(n, "date"), form.get(TravelClaim.field(n, "date"))),
				form.get(TravelClaim.field(n, "origin")), form.get(TravelClaim.field(n, "destination")), form.get(TravelClaim.field(n, "purpose")),
				form.get(TravelClaim.field(n, "caseReference")), chosen,
				chosen == TravelClaim.Mode.CAR ? Money.parseDecimal(violations, TravelClaim.field(n, "kilometres"), form.get(TravelClaim.field(n, "kilometres")),
						"Bitte die Kilometer als Zahl angeben, z. B. 42,5.") : null,
				chosen == TravelClaim.Mode.FARE ? Money.parse(violations, TravelClaim.field(n, "fare"), form.get(TravelClaim.field(n, "fare"))) : null,
				Money.parseDecimal(violations, TravelClaim.field(n, "absenceHours"), form.get(TravelClaim.field(n, "absenceHours")),
						"Bitte die Stunden als Zahl angeben, z. B. 9,5."));
	}

	private String form(Authentication user, Model model, Map<String, String> form, Map<String, String> errors, int rows) {
		for (int n = 1; n <= TravelClaim.TRIPS_MAX; n++) {
			for (String field : TravelClaim.TRIP_FIELDS) {
				form.putIfAbsent(TravelClaim.field(n, field), "");
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rows", Math.min(rows, TravelClaim.TRIPS_MAX));
		model.addAttribute("purposes", claims.purposes(user.getName()));
		model.addAttribute("travel", funding.terms().travel());
		model.addAttribute("today", java.time.LocalDate.now(de.kommunalpilot.platform.GermanDates.ZONE));
		return "funding/travel-form";
	}

	@GetMapping("/reisekosten/{reference}")
	String claim(@PathVariable String reference, Authentication user, Model model) {
		TravelClaim claim = claims.get(reference);
		if (!Roles.isStaff(user) && !claim.expertUser().equals(user.getName())) {
			throw new NoSuchElementException("Keine Reisekostenabrechnung " + reference + ".");
		}
		model.addAttribute("claim", claim);
		model.addAttribute("hasFares", claim.trips().stream().anyMatch(trip -> trip.mode() == TravelClaim.Mode.FARE));
		return "funding/travel-claim";
	}
}
