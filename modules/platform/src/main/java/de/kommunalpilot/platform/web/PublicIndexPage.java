package de.kommunalpilot.platform.web;

import org.springframework.web.bind.annotation.GetMapping;

import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.PublicPages;

/** The entry to the public pages: what municipalities and new experts can do without a login. */
@PageController
class PublicIndexPage {

	@GetMapping({ PublicPages.PATH, PublicPages.PATH + "/" })
	String index() {
		return "public/index";
	}
}
