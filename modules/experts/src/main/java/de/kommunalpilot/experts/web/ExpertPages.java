package de.kommunalpilot.experts.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.PageController;

/**
 * The expert pool for staff: who is in it and in which state, and the data-protection requests (export
 * as JSON, erasure after a confirmation).
 */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class ExpertPages {

	private final Experts experts;

	ExpertPages(Experts experts) {
		this.experts = experts;
	}

	@GetMapping("/expertinnen")
	String pool(@RequestParam(name = "status", required = false) Expert.Status status, Model model) {
		List<Expert> pool = experts.all().stream().filter(e -> status == null || e.status() == status).toList();
		model.addAttribute("experts", pool);
		model.addAttribute("statuses", Expert.Status.values());
		model.addAttribute("status", status);
		return "experts/pool";
	}

	@GetMapping("/expertinnen/{id}/daten.json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<Map<String, Object>> export(@PathVariable String id) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("personenbezogene-daten-" + id.substring(0, 8) + ".json").build().toString())
				.contentType(MediaType.APPLICATION_JSON).body(experts.exportPersonalData(ExpertId.of(id)));
	}

	@PostMapping("/expertinnen/{id}/loeschen")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	String erase(@PathVariable String id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		if (!"on".equals(confirm)) {
			redirect.addFlashAttribute("error", "Bitte bestätigen Sie die Löschung.");
			return "redirect:/expertinnen";
		}
		try {
			experts.erase(ExpertId.of(id));
			redirect.addFlashAttribute("info", "Die personenbezogenen Daten sind gelöscht; die Vorgänge bleiben ohne sie erhalten.");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/expertinnen";
	}
}
