package de.kommunalpilot.documents.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.documents.DocumentInfo;
import de.kommunalpilot.documents.Guide;
import de.kommunalpilot.documents.GuideRun;

/**
 * The guide over HTTP: start a compilation (202 with the run to poll), follow its progress, list the
 * editions (download through {@code /api/documents/{id}/content}).
 */
@RestController
class GuideController {

	private final Guide guide;

	GuideController(Guide guide) {
		this.guide = guide;
	}

	@PostMapping("/api/guide/runs")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	ResponseEntity<GuideRun> start(Authentication user) {
		GuideRun run = guide.start(user.getName());
		return ResponseEntity.accepted().location(URI.create("/api/guide/runs/" + run.id())).body(run);
	}

	@GetMapping("/api/guide/runs/{id}")
	GuideRun run(@PathVariable UUID id) {
		return guide.run(id).orElseThrow(() -> new NoSuchElementException("Keine Erstellung mit der Kennung " + id + "."));
	}

	@GetMapping("/api/guide/editions")
	List<DocumentInfo> editions() {
		return guide.editions();
	}
}
