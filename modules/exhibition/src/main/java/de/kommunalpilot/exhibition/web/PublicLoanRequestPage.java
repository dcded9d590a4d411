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
import de.kommunalpilot.platform.PublicSubmissions;
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
	private final PublicSubmissions submissions;
	private final de.kommunalpilot.platform.SingleUseTokens tokens;
	private final de.kommunalpilot.municipalities.Municipalities municipalities;

	PublicLoanRequestPage(Exhibition exhibition, PublicSubmissions submissions, de.kommunalpilot.platform.SingleUseTokens tokens,
			de.kommunalpilot.municipalities.Municipalities municipalities) {
		this.exhibition = exhibition;
		this.submissions = submissions;
		this.tokens = tokens;
		this.municipalities = municipalities;
	}

	@GetMapping(PublicPages.PATH + "/ausstellung")
	String form(@RequestParam(name = "von", required = false) String from, @RequestParam(name = "bis", required = false) String until,
			@RequestParam(name = "set", required = false) String kit, @RequestParam(name = "angebot", required = false) String offer,
			Model model) {
		Map<String, String> form = new HashMap<>();
		form.put("from", from == null ? "" : from);
		form.put("until", until == null ? "" : until);
		form.put("kitCode", kit == null ? "" : kit);
		// the link of an alternative offer fills in the whole request again, with the free period and set
		tokens.find(Exhibition.OFFER, offer == null ? "" : offer).filter(token -> !token.expired())
				.ifPresent(token -> form.putAll(exhibition.read(token.subject(), this::offered)));
		return page(model, form, Map.of(), submissions.newToken());
	}

	@PostMapping(PublicPages.PATH + "/ausstellung")
	String submit(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		Map<String, String> form = new HashMap<>();
		FIELDS.forEach(field -> form.put(field, params.getOrDefault(field, "")));
		form.put("consent", params.getOrDefault("consent", ""));
		String submission = submissions.tokenOf(params.get(PublicSubmissions.FIELD));
		if (PublicPages.isAutomated(params.get(PublicPages.HONEYPOT))) {
			return submissions.once(submission, () -> new PublicSubmissions.Confirmation("Vielen Dank für Ihre Anfrage",
					"Ihre Anfrage ist eingegangen.", null, null));
		}
		Map<String, String> parseErrors = new java.util.LinkedHashMap<>();
		// the form shows the key of the municipality named, when the name fits one entry of the register (the
		// request's own rules refuse what fits none)
		String ags = municipalities.resolve(form.get("ags"), form.get("municipalityName"), new InvalidInputException.Collector());
		if (ags != null) {
			form.put("ags", ags);
		}
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
			return submissions.once(submission, () -> confirmation(exhibition.request(request, null)));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Map<String, String> errors = new java.util.LinkedHashMap<>(e.errors());
			parseErrors.forEach(errors::putIfAbsent);
			return page(model, form, errors, submission);
		}
		catch (ConflictException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(model, form, Map.of("from", e.getMessage()), submission);
		}
	}

	private String page(Model model, Map<String, String> form, Map<String, String> errors, String submission) {
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		model.addAttribute("submission", submission);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kits", exhibition.kits());
		model.addAttribute("panels", exhibition.panels());
		model.addAttribute("earliest", exhibition.earliestStart());
		model.addAttribute("maxWeeks", Exhibition.MAX_DAYS / 7);
		model.addAttribute("occupied", exhibition.occupancy(today, today.plusMonths(12)).stream()
				.filter(o -> !o.blockedUntil().isBefore(today)).toList());
		return "exhibition/request";
	}

	/** The fields of an earlier request with the period and set it was offered instead. */
	private Map<String, String> offered(Loan loan) {
		Map<String, String> form = new HashMap<>();
		form.put("ags", municipalities.get(new de.kommunalpilot.municipalities.MunicipalityId(loan.municipalityId())).ags().value());
		form.put("municipalityName", loan.municipalityName());
		form.put("organisation", loan.organisation() == null ? "" : loan.organisation());
		form.put("venue", loan.venue());
		form.put("deliveryAddress", loan.deliveryAddress());
		form.put("contactName", loan.contactName());
		form.put("contactEmail", loan.contactEmail());
		form.put("contactPhone", loan.contactPhone() == null ? "" : loan.contactPhone());
		form.put("message", loan.message() == null ? "" : loan.message());
		if (loan.alternativeFrom() != null) {
			form.put("from", loan.alternativeFrom().toString());
			form.put("until", loan.alternativeUntil().toString());
			form.put("kitCode", loan.alternativeKit().code());
		}
		return form;
	}

	/** What the request came to, in neutral words: reserved, another period free, or nothing free yet. */
	private static PublicSubmissions.Confirmation confirmation(Loan loan) {
		if (loan.status() == LoanStatus.RESERVED) {
			return new PublicSubmissions.Confirmation("Vielen Dank für Ihre Anfrage", "Das " + loan.kit().name() + " ist für Sie vom "
					+ GermanDates.period(loan.requestedFrom(), loan.requestedUntil()) + " reserviert.", loan.reference(),
					"Die Koordination prüft Ihre Anfrage und schickt Ihnen die Bestätigung mit dem Leihvertrag an " + loan.contactEmail() + ".");
		}
		if (loan.alternativeFrom() != null) {
			return new PublicSubmissions.Confirmation("Ihre Anfrage: ein anderer Zeitraum ist frei", "Im gewünschten Zeitraum ist kein "
					+ "Ausstellungsset frei. Frei ist das " + loan.alternativeKit().name() + " vom "
					+ GermanDates.period(loan.alternativeFrom(), loan.alternativeUntil()) + ".", loan.reference(),
					"Wir haben Ihnen dieses Angebot mit einem Link zur Anfrage an " + loan.contactEmail() + " geschickt.");
		}
		return new PublicSubmissions.Confirmation("Ihre Anfrage ist eingegangen", "Im gewünschten Zeitraum und im Jahr danach ist "
				+ "kein Ausstellungsset frei.", loan.reference(), "Wir melden uns bei Ihnen unter " + loan.contactEmail()
				+ ", um gemeinsam eine Lösung zu finden.");
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
