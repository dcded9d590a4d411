package de.kommunalpilot.pilots.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.pilots.FeedbackLinkUnavailableException;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.PublicSubmissions;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The municipality's feedback through its single-use link (no login). An unknown, used or expired link
 * gets a clear page (404 or 410), never an error trace.
 */
@PageController
class PublicFeedbackPage {

	private static final PublicSubmissions.Confirmation THANKS = new PublicSubmissions.Confirmation("Vielen Dank für Ihre Rückmeldung",
			"Ihre Rückmeldung ist eingegangen und fließt in den Abschluss des Pilotvorhabens ein.", null, null);

	private final Pilots pilots;
	private final PublicSubmissions submissions;

	PublicFeedbackPage(Pilots pilots, PublicSubmissions submissions) {
		this.pilots = pilots;
		this.submissions = submissions;
	}

	@GetMapping(PublicPages.PATH + "/rueckmeldung/{token}")
	String form(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("submission", submissions.newToken());
		return page(token, model, new HashMap<>(), Map.of(), response);
	}

	@PostMapping(PublicPages.PATH + "/rueckmeldung/{token}")
	String submit(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
			HttpServletResponse response) {
		Map<String, String> form = new HashMap<>();
		form.put("feedbackRating", params.getOrDefault("feedbackRating", ""));
		form.put("feedbackText", params.getOrDefault("feedbackText", ""));
		String submission = submissions.tokenOf(params.get(PublicSubmissions.FIELD));
		model.addAttribute("submission", submission);
		if (PublicPages.isAutomated(params.get(PublicPages.HONEYPOT))) {
			return submissions.once(submission, () -> THANKS);
		}
		try {
			return submissions.once(submission, () -> {
				pilots.giveFeedback(token, form.get("feedbackRating"), form.get("feedbackText"));
				return THANKS;
			});
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(token, model, form, e.errors(), response);
		}
		catch (FeedbackLinkUnavailableException e) {
			return unavailable(e, model, response);
		}
	}

	private String page(String token, Model model, Map<String, String> form, Map<String, String> errors,
			HttpServletResponse response) {
		try {
			model.addAttribute("pilot", pilots.readForFeedback(token, pilot -> Map.of("reference", pilot.reference(), "title",
					pilot.title(), "municipality", pilot.municipalityName(), "expert",
					pilot.assignedExpert().map(a -> a.expertName()).orElse("–"))));
		}
		catch (FeedbackLinkUnavailableException e) {
			return unavailable(e, model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "pilots/public-feedback";
	}

	private static String unavailable(FeedbackLinkUnavailableException e, Model model, HttpServletResponse response) {
		return PublicPages.unavailable(model, response, e.known(), e.known() ? "Link nicht mehr gültig" : "Link unbekannt", e.getMessage());
	}
}
