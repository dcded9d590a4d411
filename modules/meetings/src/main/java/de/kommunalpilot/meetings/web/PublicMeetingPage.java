package de.kommunalpilot.meetings.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.meetings.MeetingStatus;
import de.kommunalpilot.meetings.ParticipantRole;
import de.kommunalpilot.meetings.Registration;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.PublicSubmissions;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public page of an exchange meeting (no login): what, when, where, free seats, and the registration
 * form; and the cancellation link that gives a seat to the next on the waiting list.
 */
@PageController
class PublicMeetingPage {

	private static final String REGISTERED = "Vielen Dank für Ihre Anmeldung";

	private final Meetings meetings;
	private final PublicSubmissions submissions;

	PublicMeetingPage(Meetings meetings, PublicSubmissions submissions) {
		this.meetings = meetings;
		this.submissions = submissions;
	}

	@GetMapping(PublicPages.PATH + "/treffen/{reference}")
	String page(@PathVariable String reference, Model model, HttpServletResponse response) {
		model.addAttribute("submission", submissions.newToken());
		return page(reference, model, new HashMap<>(), Map.of(), response);
	}

	@PostMapping(PublicPages.PATH + "/treffen/{reference}")
	String register(@PathVariable String reference, @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		Map<String, String> form = new HashMap<>();
		List.of("name", "email", "organisation", "role", "ags", "municipalityName", "consent").forEach(f -> form.put(f, params.getOrDefault(f, "")));
		String submission = submissions.tokenOf(params.get(PublicSubmissions.FIELD));
		model.addAttribute("submission", submission);
		if (PublicPages.isAutomated(params.get(PublicPages.HONEYPOT))) {
			return submissions.once(submission, () -> new PublicSubmissions.Confirmation(REGISTERED, "Ihre Anmeldung ist eingegangen.", null, null));
		}
		try {
			if (!"on".equals(params.get("consent"))) {
				throw new InvalidInputException(Map.of("consent", "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu."));
			}
			return submissions.once(submission, () -> {
				Registration registration = meetings.registerParticipant(reference, new Meetings.Signup(form.get("name"), form.get("email"),
						form.get("organisation"), form.get("ags"), form.get("municipalityName"), role(form.get("role"))));
				boolean seat = registration.status() == Registration.Status.CONFIRMED;
				return new PublicSubmissions.Confirmation(seat ? REGISTERED : "Sie stehen auf der Warteliste",
						seat ? "Ihr Platz ist bestätigt." : "Alle Plätze sind vergeben – Sie stehen auf der Warteliste.", null,
						"Sie erhalten eine E-Mail an " + registration.email() + " mit allen Angaben und einem Link zum Abmelden."
								+ (seat ? "" : " Wird ein Platz frei, rücken Sie automatisch nach und bekommen Bescheid."));
			});
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(reference, model, form, e.errors(), response);
		}
		catch (ConflictException e) {
			return closed(e.getMessage(), model, response);
		}
		catch (NoSuchElementException e) {
			return unavailable(e, model, response);
		}
	}

	@GetMapping(PublicPages.PATH + "/treffen/abmelden/{token}")
	String cancelPage(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("submission", submissions.newToken());
		try {
			model.addAttribute("registration", meetings.readForCancellation(token, (meeting, registration) -> Map.of("title", meeting.title(),
					"name", registration.name(), "details", Meetings.details(meeting))));
			model.addAttribute("token", token);
			return "meetings/cancel";
		}
		catch (NoSuchElementException | ConflictException e) {
			return unavailable(e, model, response);
		}
	}

	@PostMapping(PublicPages.PATH + "/treffen/abmelden/{token}")
	String cancel(@PathVariable String token, @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		try {
			return submissions.once(submissions.tokenOf(params.get(PublicSubmissions.FIELD)), () -> {
				meetings.cancelRegistration(token);
				return new PublicSubmissions.Confirmation("Sie sind abgemeldet",
						"Schade, dass Sie nicht dabei sein können. Ihr Platz geht an die nächste Person auf der Warteliste.", null, null);
			});
		}
		catch (NoSuchElementException | ConflictException e) {
			return unavailable(e, model, response);
		}
	}

	private String page(String reference, Model model, Map<String, String> form, Map<String, String> errors, HttpServletResponse response) {
		Map<String, Object> meeting;
		try {
			meeting = meetings.read(reference, m -> Map.<String, Object>of("title", m.title(), "topic", m.topic() == null ? "" : m.topic(),
					"details", Meetings.details(m), "freeSeats", m.freeSeats(), "waiting", m.waitingList().size(), "open",
					m.status() == MeetingStatus.INVITED));
		}
		catch (NoSuchElementException e) {
			return unavailable(e, model, response);
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("reference", reference);
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "meetings/public";
	}

	private static ParticipantRole role(String name) {
		for (ParticipantRole role : ParticipantRole.values()) {
			if (role.name().equals(name)) {
				return role;
			}
		}
		return null;
	}

	private static String closed(String message, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("heading", "Anmeldung geschlossen");
		model.addAttribute("message", message);
		return "public/message";
	}

	private static String unavailable(RuntimeException e, Model model, HttpServletResponse response) {
		boolean known = e instanceof ConflictException;
		return PublicPages.unavailable(model, response, known, known ? "Link nicht mehr gültig" : "Nicht gefunden", e.getMessage());
	}
}
