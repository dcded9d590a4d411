package de.kommunalpilot.documents.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
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

	/**
	 * Starts compiling a new edition of the Handreichung (guide).
	 *
	 * The guide's PDF is compiled in the background from the published practices and the exhibition; the answer names the
	 * run, whose state the run's address tells. Coordinators, leads and administrators only.
	 *
	 * @param user the signed-in user
	 * @return 202 with the run; its address in {@code Location}
	 */
	@PostMapping("/api/guide/runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	ResponseEntity<GuideRun> startGuideRun(Authentication user) {
		GuideRun run = guide.start(user.getName());
		return ResponseEntity.accepted().location(URI.create("/api/guide/runs/" + run.id())).body(run);
	}

	/**
	 * Reads the state of one compilation of the guide.
	 *
	 * @param id the run's id
	 * @return the run: waiting, running, done (with the document) or failed
	 */
	@GetMapping("/api/guide/runs/{id}")
	GuideRun getGuideRun(@PathVariable UUID id) {
		return guide.run(id).orElseThrow(() -> new NoSuchElementException("Keine Erstellung mit der Kennung " + id + "."));
	}

	/**
	 * Lists the guide's published editions, newest first.
	 *
	 * @return the editions, each a document whose content can be downloaded
	 */
	@GetMapping("/api/guide/editions")
	List<DocumentInfo> listGuideEditions() {
		return guide.editions();
	}
}
