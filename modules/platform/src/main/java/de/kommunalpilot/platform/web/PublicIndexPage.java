package de.kommunalpilot.platform.web;

import java.util.NoSuchElementException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.PublicSubmissions;

/**
 * The entry to the public pages (what municipalities and new experts can do without a login), and the
 * confirmation of a submitted public form at its own address (Post/Redirect/Get).
 */
@PageController
class PublicIndexPage {

	private final PublicSubmissions submissions;

	PublicIndexPage(PublicSubmissions submissions) {
		this.submissions = submissions;
	}

	@GetMapping({ PublicPages.PATH, PublicPages.PATH + "/" })
	String index() {
		return "public/index";
	}

	@GetMapping(PublicPages.PATH + "/bestaetigung/{token}")
	String confirmation(@PathVariable String token, Model model) {
		PublicSubmissions.Confirmation confirmation = submissions.confirmation(token)
				.orElseThrow(() -> new NoSuchElementException("Diese Bestätigung gibt es nicht (mehr)."));
		model.addAttribute("heading", confirmation.heading());
		model.addAttribute("message", confirmation.message());
		model.addAttribute("reference", confirmation.reference());
		model.addAttribute("next", confirmation.next());
		return "public/confirmation";
	}
}
