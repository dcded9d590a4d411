package de.kommunalpilot.pilots.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.PublicSubmissions;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public enquiry page (no login): a municipality asks for a pilot; the enquiry starts the
 * {@code pilot-implementation} process at once and lands in the coordinators' "Anfrage prüfen".
 */
@PageController
class PublicEnquiryPage {

	static final String HEADING = "Vielen Dank für Ihre Anfrage";

	static final List<String> FIELDS = List.of("ags", "municipalityName", "title", "enquiry", "contactName", "contactEmail");

	private final Pilots pilots;
	private final PublicSubmissions submissions;
	private final de.kommunalpilot.municipalities.Municipalities municipalities;

	PublicEnquiryPage(Pilots pilots, PublicSubmissions submissions, de.kommunalpilot.municipalities.Municipalities municipalities) {
		this.pilots = pilots;
		this.submissions = submissions;
		this.municipalities = municipalities;
	}

	@GetMapping(PublicPages.PATH + "/anfrage")
	String form(Model model) {
		return page(model, new HashMap<>(), Map.of(), submissions.newToken());
	}

	@PostMapping(PublicPages.PATH + "/anfrage")
	String submit(@RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		Map<String, String> form = new HashMap<>();
		FIELDS.forEach(field -> form.put(field, params.getOrDefault(field, "")));
		form.put("consent", params.getOrDefault("consent", ""));
		String token = submissions.tokenOf(params.get(PublicSubmissions.FIELD));
		if (PublicPages.isAutomated(params.get(PublicPages.HONEYPOT))) {
			return submissions.once(token, () -> new PublicSubmissions.Confirmation(HEADING, "Ihre Anfrage ist eingegangen.", null, null));
		}
		// the form shows the key of the municipality named, when the name fits one entry of the register
		String ags = municipalities.resolve(form.get("ags"), form.get("municipalityName"), new InvalidInputException.Collector());
		if (ags != null) {
			form.put("ags", ags);
		}
		Pilots.Enquiry enquiry = new Pilots.Enquiry(form.get("ags"), form.get("municipalityName"), form.get("title"),
				form.get("enquiry"), form.get("contactName"), form.get("contactEmail"));
		InvalidInputException.Collector violations = pilots.check(enquiry, new InvalidInputException.Collector());
		violations.check(!form.get("contactEmail").isBlank(), "contactEmail", "Bitte eine E-Mail-Adresse angeben, damit wir antworten können.");
		violations.check(!form.get("contactName").isBlank(), "contactName", "Bitte eine Ansprechperson angeben.");
		violations.check("on".equals(params.get("consent")), "consent", "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.");
		if (!violations.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, form, violations.errors(), token);
		}
		return submissions.once(token, () -> {
			Pilot pilot = pilots.createFromEnquiry(enquiry, null);
			return new PublicSubmissions.Confirmation(HEADING, "Ihre Anfrage „" + pilot.title() + "“ für " + pilot.municipalityName()
					+ " ist bei uns eingegangen.", pilot.reference(), "Die Koordination prüft sie in den nächsten Tagen und meldet sich bei "
					+ "Ihnen unter " + pilot.contactEmail() + " – in der Regel mit einem Vorschlag für ein Erstgespräch.");
		});
	}

	private String page(Model model, Map<String, String> form, Map<String, String> errors, String token) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("submission", token);
		return "pilots/public-enquiry";
	}
}
