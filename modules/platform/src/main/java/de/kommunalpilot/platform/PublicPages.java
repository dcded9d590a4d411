package de.kommunalpilot.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Support for the pages municipalities and new experts use without a login (under {@value #PATH}):
 * absolute links for mails, and the honeypot field that people never see and bots fill in. Posts to
 * these pages are rate-limited per client address by the platform.
 */
@Component
public class PublicPages {

	/** Every public page lives below this path; security lets anyone in, the rate limit applies. */
	public static final String PATH = "/oeffentlich";

	/** The name of the hidden field; a filled-in value marks the submission as automated. */
	public static final String HONEYPOT = "website";

	private final String baseUrl;

	PublicPages(@Value("${kommunalpilot.public-url:http://localhost:${server.port:8080}}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** An absolute link to a page of the app, e.g. for a mail: {@code link("/oeffentlich/rueckmeldung/abc")}. */
	public String link(String path) {
		return baseUrl + (path.startsWith("/") ? path : "/" + path);
	}

	/** Whether the honeypot field was filled in: then the form pretends success and stores nothing. */
	public static boolean isAutomated(String honeypotValue) {
		return honeypotValue != null && !honeypotValue.isBlank();
	}

	/**
	 * Renders the public message page for a link or page that cannot be used: 410 when it existed (used,
	 * expired, closed), 404 when it never did. Returns the view name.
	 */
	public static String unavailable(org.springframework.ui.Model model, jakarta.servlet.http.HttpServletResponse response, boolean known,
			String heading, String message) {
		response.setStatus(known ? 410 : 404);
		model.addAttribute("heading", heading);
		model.addAttribute("message", message);
		return "public/message";
	}
}
