package de.kommunalpilot.exhibition.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.exhibition.LoanStatus;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public page on which a municipality requests the travelling exhibition (no login): the kits and
 * their free periods, the request form with field messages, and a German confirmation that says whether
 * a kit is reserved or which alternative is free.
 */
@PageController
class PublicLoanRequestPage {

	static final List<String> FIELDS = List.of("ags", "municipalityName", "organisation", "venue", "deliveryAddress",
			"contactName", "contactEmail", "contactPhone", "from", "until", "kitCode", "message");

	private final Exhibition exhibition;

	PublicLoanRequestPage(Exhibition exhibition) {
		this.exhibition = exhibition;
	}

	@GetMapping(PublicPages.PATH + "/ausstellung")
	String form(@RequestParam(name = "von", required = false) String from, @RequestParam(name = "bis", required = false) String until,
			@RequestParam(name = "set", required = false) String kit, Model model) {
		Map<String, String> form = new HashMap<>();
		form.put("from", from == null ? "" : from);
		form.put("until", until == null ? "" : until);
		form.put("kitCode", kit == null ? "" : kit);
		return page(model, form, Map.of(), null);
	}

	@PostMapping(PublicPages.PATH + "/ausstellung")
	String submit(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		Map<String, String> form = new HashMap<>();
		FIELDS.forEach(field -> form.put(field, params.getOrDefault(field, "")));
		if (PublicPages.isAutomated(params.get(PublicPages.HONEYPOT))) {
			return confirmation(model, null, "Vielen Dank, Ihre Anfrage ist eingegangen.");
		}
		Map<String, String> parseErrors = new HashMap<>();
		LocalDate from = date(form.get("from"), "from", parseErrors);
		LocalDate until = date(form.get("until"), "until", parseErrors);
		Exhibition.Request request = new Exhibition.Request(form.get("ags"), form.get("municipalityName"), form.get("organisation"),
				form.get("venue"), form.get("deliveryAddress"), form.get("contactName"), form.get("contactEmail"),
				form.get("contactPhone"), from, until, form.get("kitCode"), form.get("message"));
		if (!"on".equals(params.get("consent"))) {
			parseErrors.put("consent", "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.");
		}
		try {
			if (!parseErrors.isEmpty()) {
				InvalidInputException.Collector violations = exhibition.check(request, new InvalidInputException.Collector());
				parseErrors.forEach(violations::reject);
				violations.throwIfAny();
			}
			Loan loan = exhibition.request(request, null);
			return confirmation(model, loan, null);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new HashMap<>(e.errors());
			parseErrors.forEach(errors::putIfAbsent);
			return page(model, form, errors, "Bitte prüfen Sie die markierten Felder.");
		}
		catch (ConflictException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, form, Map.of("from", e.getMessage()), e.getMessage());
		}
	}

	private String page(Model model, Map<String, String> form, Map<String, String> errors, String alert) {
		LocalDate today = LocalDate.now();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("alert", alert);
		model.addAttribute("kits", exhibition.kits());
		model.addAttribute("panels", exhibition.panels());
		model.addAttribute("earliest", exhibition.earliestStart());
		model.addAttribute("maxWeeks", Exhibition.MAX_DAYS / 7);
		model.addAttribute("occupied", exhibition.occupancy(today, today.plusMonths(12)).stream()
				.filter(o -> !o.blockedUntil().isBefore(today)).toList());
		return "exhibition/request";
	}

	private String confirmation(Model model, Loan loan, String plain) {
		model.addAttribute("heading", "Vielen Dank für Ihre Anfrage");
		if (loan == null) {
			model.addAttribute("message", plain);
			return "public/confirmation";
		}
		model.addAttribute("reference", loan.reference());
		if (loan.status() == LoanStatus.RESERVED) {
			model.addAttribute("message", "Das " + loan.kit().name() + " ist für Sie vom "
					+ GermanDates.period(loan.requestedFrom(), loan.requestedUntil()) + " reserviert.");
			model.addAttribute("next", "Die Koordination prüft Ihre Anfrage und schickt Ihnen die Bestätigung mit dem Leihvertrag an "
					+ loan.contactEmail() + ".");
		}
		else if (loan.alternativeFrom() != null) {
			model.addAttribute("message", "Im gewünschten Zeitraum ist die Ausstellung leider schon verliehen. Frei wäre das "
					+ loan.alternativeKit().name() + " vom " + GermanDates.period(loan.alternativeFrom(), loan.alternativeUntil()) + ".");
			model.addAttribute("next", "Wir haben Ihnen dieses Angebot mit einem Link zur Anfrage an " + loan.contactEmail()
					+ " geschickt.");
		}
		else {
			model.addAttribute("message", "Im gewünschten Zeitraum und im Jahr danach ist leider kein Ausstellungsset frei.");
			model.addAttribute("next", "Wir melden uns bei Ihnen unter " + loan.contactEmail() + ", um gemeinsam eine Lösung zu finden.");
		}
		return "public/confirmation";
	}

	private static LocalDate date(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			errors.put(field, "Bitte ein Datum im Format JJJJ-MM-TT angeben.");
			return null;
		}
	}
}
