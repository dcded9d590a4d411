package de.kommunalpilot.municipalities.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.municipalities.MunicipalityRegister;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;

/**
 * The municipality picker of the public forms: what fits a typed name or postcode, as the combobox's options
 * (an htmx request) or, opened directly, as a page that lists the municipalities with their keys; as JSON for scripts.
 */
@PageController
class PublicMunicipalitySearch {

	static final int SUGGESTIONS = 10;

	private final Municipalities municipalities;

	PublicMunicipalitySearch(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	@GetMapping(PublicPages.PATH + "/kommunen")
	String search(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "municipalityName", required = false) String typed,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String text = q != null ? q : typed;
		model.addAttribute("q", text == null ? "" : text);
		model.addAttribute("options", municipalities.suggest(text, SUGGESTIONS));
		model.addAttribute("attribution", MunicipalityRegister.ATTRIBUTION);
		return "true".equals(htmx) ? "municipalities/suggestions :: options" : "municipalities/suggestions";
	}

	/**
	 * The same suggestions as JSON, for the pickers that are not Thymeleaf pages: Tasklist's start form
	 * (kommunalpilot/municipality-picker.js). The register is public data, as on the public forms.
	 */
	@GetMapping(path = PublicPages.PATH + "/kommunen/vorschlaege", produces = "application/json")
	@org.springframework.web.bind.annotation.ResponseBody
	java.util.List<Municipalities.Suggestion> suggestions(@RequestParam(name = "q", required = false) String q) {
		return municipalities.suggest(q, SUGGESTIONS);
	}
}
