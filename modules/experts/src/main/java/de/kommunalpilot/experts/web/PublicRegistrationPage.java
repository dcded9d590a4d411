package de.kommunalpilot.experts.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.experts.ConsentTexts;
import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.identity.Accounts;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.PublicSubmissions;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.Topic;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public pages of the expert pool (no login): self-registration, and the personal link on which an
 * accepted expert confirms consent and fee terms and chooses a password.
 */
@PageController
class PublicRegistrationPage {

	private static final String REGISTERED = "Vielen Dank für Ihre Registrierung";

	private final Experts experts;
	private final Municipalities municipalities;
	private final PublicSubmissions submissions;

	PublicRegistrationPage(Experts experts, Municipalities municipalities, PublicSubmissions submissions) {
		this.experts = experts;
		this.municipalities = municipalities;
		this.submissions = submissions;
	}

	@GetMapping(PublicPages.PATH + "/expertinnen")
	String form(Model model) {
		return page(model, new LinkedMultiValueMap<>(), Map.of(), submissions.newToken());
	}

	@PostMapping(PublicPages.PATH + "/expertinnen")
	String submit(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		String submission = submissions.tokenOf(params.getFirst(PublicSubmissions.FIELD));
		if (PublicPages.isAutomated(params.getFirst(PublicPages.HONEYPOT))) {
			return submissions.once(submission, () -> new PublicSubmissions.Confirmation(REGISTERED, "Ihre Registrierung ist eingegangen.",
					null, null));
		}
		Experts.Application application = new Experts.Application(text(params, "name"), text(params, "organisation"),
				"ORGANISATION".equals(params.getFirst("kind")) ? Expert.Kind.ORGANISATION : Expert.Kind.PERSON, text(params, "email"),
				text(params, "phone"), list(text(params, "languages")), list(text(params, "countries")), sdgs(params),
				topics(params), new LinkedHashSet<>(values(params, "regions")), text(params, "profile"));
		InvalidInputException.Collector violations = experts.check(application, new InvalidInputException.Collector());
		violations.check("on".equals(params.getFirst("consent")), "consent",
				"Bitte stimmen Sie zu, dass wir Ihre Angaben für die Prüfung speichern.");
		if (!violations.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(model, params, violations.errors(), submission);
		}
		return submissions.once(submission, () -> {
			experts.apply(application);
			// the same answer whether the address is new or already in the pool (no enumeration): the mail tells the difference
			return new PublicSubmissions.Confirmation(REGISTERED, "Ihre Angaben sind bei uns eingegangen, " + application.name().strip() + ".",
					null, "Wir haben Ihnen eine Bestätigung mit Ihrem Zeichen an " + application.email().strip()
							+ " geschickt. Die Koordination prüft Ihr Profil. Wenn wir Sie aufnehmen, erhalten Sie dort einen persönlichen Link, "
							+ "mit dem Sie Einwilligung und Honorarbedingungen bestätigen und Ihr Passwort festlegen.");
		});
	}

	@GetMapping(PublicPages.PATH + "/einwilligung/{token}")
	String consent(@PathVariable String token, Model model, HttpServletResponse response) {
		return consentPage(token, model, Map.of(), response, submissions.newToken());
	}

	@PostMapping(PublicPages.PATH + "/einwilligung/{token}")
	String confirm(@PathVariable String token, @RequestParam Map<String, String> params, Model model, HttpServletResponse response) {
		String submission = submissions.tokenOf(params.get(PublicSubmissions.FIELD));
		if (PublicPages.isAutomated(params.get(PublicPages.HONEYPOT))) {
			return consentPage(token, model, Map.of(), response, submission);
		}
		try {
			return submissions.once(submission, () -> {
				String userId = experts.confirmConsent(token, "on".equals(params.get("consent")), "on".equals(params.get("feeTerms")),
						params.get("password"), params.get("passwordConfirmation"));
				return new PublicSubmissions.Confirmation("Willkommen im Expert*innen-Pool",
						"Ihre Einwilligung ist gespeichert und Ihr Zugang eingerichtet.", null,
						"Ihr Benutzername lautet „" + userId + "“. Sie können sich jetzt mit Ihrem Passwort anmelden.");
			});
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return consentPage(token, model, e.errors(), response, submission);
		}
		catch (ConflictException | java.util.NoSuchElementException e) {
			return unavailable(e, model, response);
		}
	}

	private String consentPage(String token, Model model, Map<String, String> errors, HttpServletResponse response, String submission) {
		try {
			model.addAttribute("expert", experts.readForConsent(token, e -> Map.of("name", e.name(), "reference", e.reference(),
					"feeTerms", ConsentTexts.feeTerms(e.dailyFee()))));
		}
		catch (ConflictException | java.util.NoSuchElementException e) {
			return unavailable(e, model, response);
		}
		model.addAttribute("token", token);
		model.addAttribute("consentText", ConsentTexts.CONSENT);
		model.addAttribute("consentVersion", ConsentTexts.CONSENT_VERSION);
		model.addAttribute("minLength", Accounts.MIN_PASSWORD_LENGTH);
		model.addAttribute("errors", errors);
		model.addAttribute("form", Map.of());
		model.addAttribute("submission", submission);
		return "experts/consent";
	}

	private static String unavailable(RuntimeException e, Model model, HttpServletResponse response) {
		boolean known = e instanceof ConflictException;
		return PublicPages.unavailable(model, response, known, known ? "Link nicht mehr gültig" : "Link unbekannt", e.getMessage());
	}

	private String page(Model model, MultiValueMap<String, String> params, Map<String, String> errors, String submission) {
		Map<String, String> form = new HashMap<>();
		model.addAttribute("submission", submission);
		List.of("kind", "name", "organisation", "email", "phone", "languages", "countries", "profile", "consent")
				.forEach(field -> form.put(field, Objects.requireNonNullElse(params.getFirst(field), "")));
		model.addAttribute("form", form);
		model.addAttribute("chosenSdgs", values(params, "sdgs"));
		model.addAttribute("chosenTopics", values(params, "topics"));
		model.addAttribute("chosenRegions", values(params, "regions"));
		model.addAttribute("errors", errors);
		model.addAttribute("sdgs", Sdg.values());
		model.addAttribute("topics", Topic.values());
		model.addAttribute("districts", municipalities.districts());
		model.addAttribute("regions", municipalities.regions());
		return "experts/register";
	}

	private static String text(MultiValueMap<String, String> params, String name) {
		String value = params.getFirst(name);
		return value == null ? "" : value;
	}

	private static List<String> values(MultiValueMap<String, String> params, String name) {
		return params.getOrDefault(name, List.of());
	}

	private static Set<String> list(String text) {
		return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Set<Integer> sdgs(MultiValueMap<String, String> params) {
		return values(params, "sdgs").stream().filter(v -> v.matches("\\d{1,2}")).map(Integer::valueOf)
				.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static Set<Topic> topics(MultiValueMap<String, String> params) {
		return values(params, "topics").stream().map(name -> Arrays.stream(Topic.values()).filter(t -> t.name().equals(name)).findFirst())
				.flatMap(java.util.Optional::stream).collect(Collectors.toCollection(LinkedHashSet::new));
	}
}
