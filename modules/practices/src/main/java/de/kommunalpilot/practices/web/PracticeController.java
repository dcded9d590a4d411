package de.kommunalpilot.practices.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.platform.Roles;
import de.kommunalpilot.platform.Topic;
import de.kommunalpilot.practices.Effort;
import de.kommunalpilot.practices.Evidence;
import de.kommunalpilot.practices.Practice;
import de.kommunalpilot.practices.Practices;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The best-practice catalogue over HTTP.
 */
@RestController
class PracticeController {

	private final Practices practices;

	PracticeController(Practices practices) {
		this.practices = practices;
	}

	/** Staff see the whole catalogue with its drafts; experts the published practices. */
	@GetMapping("/api/practices")
	List<PracticeView> catalogue(Authentication user) {
		boolean staff = Roles.isStaff(user);
		return practices.all().stream().filter(p -> staff || p.published()).map(PracticeView::of).toList();
	}

	/** A draft answers an expert like a practice that does not exist. */
	@GetMapping("/api/practices/{code}")
	PracticeView one(@PathVariable String code, Authentication user) {
		Practice practice = practices.get(code);
		if (!practice.published() && !Roles.isStaff(user)) {
			throw new NoSuchElementException("Keine Best Practice " + code + ".");
		}
		return PracticeView.of(practice);
	}

	@PostMapping(path = "/api/practices", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	ResponseEntity<PracticeView> register(@Valid @RequestBody PracticeRequest request) {
		Practice practice = practices.register(new Practices.Register(request.code(), request.title().strip(),
				request.summary().strip(), request.prerequisites(), request.effort(), request.published(), request.sdgs(),
				request.topics()));
		return ResponseEntity.created(URI.create("/api/practices/" + practice.code())).body(PracticeView.of(practice));
	}

	record PracticeRequest(
			@NotBlank @Pattern(regexp = "BP-\\d{2,3}", message = "Kürzel wie BP-09.") String code,
			@NotBlank(message = "Der Titel fehlt.") @Size(max = 200) String title,
			@NotBlank(message = "Die Zusammenfassung fehlt.") @Size(max = 4000) String summary,
			@Size(max = 4000) String prerequisites,
			Effort effort,
			boolean published,
			@NotEmpty(message = "Mindestens ein SDG.") Set<@Min(value = 1, message = "SDGs gehen von 1 bis 17.") @Max(value = 17, message = "SDGs gehen von 1 bis 17.") Integer> sdgs,
			@NotEmpty(message = "Mindestens ein Thema.") Set<Topic> topics) {
	}

	record PracticeView(String code, String title, String summary, String prerequisites, String effort,
			String effortLabel, boolean published, Set<Integer> sdgs, Set<String> topics, List<Evidence> evidence,
			List<de.kommunalpilot.practices.Source> sources) {

		static PracticeView of(Practice p) {
			return new PracticeView(p.code(), p.title(), p.summary(), p.prerequisites(), p.effort().name(),
					p.effort().label(), p.published(), p.sdgs(), p.topics().stream().map(Enum::name).collect(Collectors.toSet()),
					p.evidence(), p.sources());
		}
	}
}
