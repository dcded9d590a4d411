package de.kommunalpilot.documents.web;

import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import de.kommunalpilot.documents.Guide;
import de.kommunalpilot.documents.GuideRun;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;

/**
 * The guide's page: its editions, a button to compile a new one, and the running compilation's progress
 * (polled by htmx every second). The newest edition is also published without a login.
 */
@PageController
class GuidePages {

	private final Guide guide;

	private final String firstEdition;

	GuidePages(Guide guide,
			@org.springframework.beans.factory.annotation.Value("${kommunalpilot.guide.first-edition:sobald die ersten Pilotvorhaben abgeschlossen sind}") String firstEdition) {
		this.guide = guide;
		this.firstEdition = firstEdition;
	}

	@GetMapping("/handreichung")
	String page(Model model) {
		model.addAttribute("title", Guide.TITLE);
		model.addAttribute("editions", guide.editions());
		model.addAttribute("run", guide.recentRuns().stream().findFirst().orElse(null));
		return "documents/guide";
	}

	@PostMapping("/handreichung")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	String start(Authentication user) {
		guide.start(user.getName());
		return "redirect:/handreichung";
	}

	@GetMapping("/handreichung/lauf/{id}")
	String progress(@PathVariable UUID id, Model model) {
		GuideRun run = guide.run(id).orElseThrow(() -> new NoSuchElementException("Keine Erstellung mit der Kennung " + id + "."));
		model.addAttribute("run", run);
		model.addAttribute("editions", guide.editions());
		return "documents/guide :: section";
	}

	@GetMapping(PublicPages.PATH + "/handreichung")
	Object published(Model model) {
		// before the first edition the page says when it comes (kommunalpilot.guide.first-edition), not 404
		return guide.latest().<Object>map(Downloads::of).orElseGet(() -> {
			model.addAttribute("heading", "Die Handreichung ist in Vorbereitung");
			model.addAttribute("message", "Die erste Ausgabe der Handreichung „" + Guide.TITLE + "“ erscheint hier, " + firstEdition
					+ ". Sie fasst die Best Practices und die Erfahrungen der Pilotvorhaben zusammen und wird danach fortgeschrieben.");
			return "public/message";
		});
	}
}
