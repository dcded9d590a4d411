package de.kommunalpilot.platform.web;

import java.time.Duration;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import de.kommunalpilot.platform.LegalNotice;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;
import de.kommunalpilot.platform.retention.NightlyRetention;

/**
 * Impressum, Datenschutzerklärung and Erklärung zur Barrierefreiheit, public and linked from every page's footer,
 * from the consent checkboxes and from every mail. The periods the privacy notice names are the ones the
 * application applies.
 */
@PageController
@EnableConfigurationProperties(LegalNotice.class)
class LegalPages {

	static final String IMPRINT = PublicPages.PATH + "/impressum";
	static final String PRIVACY = PublicPages.PATH + "/datenschutz";
	static final String ACCESSIBILITY = PublicPages.PATH + "/barrierefreiheit";

	private final LegalNotice legal;
	private final NightlyRetention retention;

	LegalPages(LegalNotice legal, NightlyRetention retention) {
		this.legal = legal;
		this.retention = retention;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkConfiguration() {
		legal.warnIfIncomplete();
	}

	@ModelAttribute
	void legal(Model model) {
		model.addAttribute("legal", legal);
	}

	@GetMapping(IMPRINT)
	String imprint() {
		return "public/impressum";
	}

	@GetMapping(PRIVACY)
	String privacy(Model model) {
		model.addAttribute("mailRetention", inWords(retention.mails()));
		model.addAttribute("linkRetention", inWords(retention.links()));
		return "public/datenschutz";
	}

	@GetMapping(ACCESSIBILITY)
	String accessibility() {
		return "public/barrierefreiheit";
	}

	/** „2 Jahre“, „30 Tage“. */
	static String inWords(Duration period) {
		long days = period.toDays();
		if (days >= 365 && days % 365 == 0) {
			return days / 365 == 1 ? "1 Jahr" : days / 365 + " Jahre";
		}
		return days == 1 ? "1 Tag" : days + " Tage";
	}
}
