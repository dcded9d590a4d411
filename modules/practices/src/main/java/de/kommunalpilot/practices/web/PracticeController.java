package de.kommunalpilot.practices.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
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

	/**
	 * Lists the best-practice catalogue.
	 *
	 * Staff see the whole catalogue with its drafts; experts the published practices.
	 *
	 * @param user the signed-in user
	 * @return the practices
	 */
	@GetMapping("/api/practices")
	List<PracticeView> listPractices(Authentication user) {
		boolean staff = Roles.isStaff(user);
		return practices.all().stream().filter(p -> staff || p.published()).map(PracticeView::of).toList();
	}

	/**
	 * Reads one best practice.
	 *
	 * A draft answers an expert like a practice that does not exist.
	 *
	 * @param code the practice's code, e.g. BP-09
	 * @param user the signed-in user
	 * @return the practice with its evidence from pilots
	 */
	@GetMapping("/api/practices/{code}")
	PracticeView getPractice(@PathVariable String code, Authentication user) {
		Practice practice = practices.get(code);
		if (!practice.published() && !Roles.isStaff(user)) {
			throw new NoSuchElementException("Keine Best Practice " + code + ".");
		}
		return PracticeView.of(practice);
	}

	/**
	 * Adds a best practice to the catalogue.
	 *
	 * Coordinators and leads only.
	 *
	 * @param request the practice
	 * @return the practice; its address in {@code Location}
	 */
	@PostMapping(path = "/api/practices", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	ResponseEntity<PracticeView> registerPractice(@Valid @RequestBody PracticeRequest request) {
		Practice practice = practices.register(new Practices.Register(request.code(), request.title().strip(),
				request.summary().strip(), request.prerequisites(), request.effort(), request.published(), request.sdgs(),
				request.topics()));
		return ResponseEntity.created(URI.create("/api/practices/" + practice.code())).body(PracticeView.of(practice));
	}

	/**
	 * A best practice for the catalogue.
	 *
	 * @param code the code, BP- and two or three digits
	 * @param title the title, at most 200 characters
	 * @param summary what the practice is, at most 4000 characters
	 * @param prerequisites what a municipality needs for it, at most 4000 characters
	 * @param effort the effort it takes
	 * @param published whether experts see it
	 * @param sdgs its SDGs (1 to 17), at least one
	 * @param topics its topics, at least one
	 */
	record PracticeRequest(
			@NotBlank @Pattern(regexp = "BP-\\d{2,3}", message = "Kürzel wie BP-09.") @Schema(example = "BP-21") String code,
			@NotBlank(message = "Der Titel fehlt.") @Size(max = 200) @Schema(example = "Interkulturelle Gärten") String title,
			@NotBlank(message = "Die Zusammenfassung fehlt.") @Size(max = 4000) @Schema(example = "Gemeinschaftsgärten als Ort der Begegnung.") String summary,
			@Size(max = 4000) @Schema(example = "Eine Fläche der Kommune") String prerequisites,
			@Schema(example = "MEDIUM") Effort effort,
			@Schema(example = "false") boolean published,
			@NotEmpty(message = "Mindestens ein SDG.") Set<@Min(value = 1, message = "SDGs gehen von 1 bis 17.") @Max(value = 17, message = "SDGs gehen von 1 bis 17.") Integer> sdgs,
			@NotEmpty(message = "Mindestens ein Thema.") Set<Topic> topics) {
	}

	/**
	 * A best practice of the catalogue.
	 *
	 * @param code its code
	 * @param title its title
	 * @param summary what it is
	 * @param prerequisites what a municipality needs for it
	 * @param effort the effort it takes
	 * @param effortLabel the effort as users see it
	 * @param published whether experts see it
	 * @param sdgs its SDGs
	 * @param topics its topics
	 * @param evidence pilots that realised it
	 * @param sources exchange meetings it came from
	 */
	record PracticeView(@Schema(example = "BP-06") String code,
			@Schema(example = "Globales Lernen an Schulen") String title,
			@Schema(example = "Schulen und migrantische Vereine gestalten Unterricht zu den SDGs.") String summary,
			@Schema(example = "Eine Schule, die mitmacht") String prerequisites,
			@Schema(example = "MEDIUM") String effort,
			@Schema(example = "mittel") String effortLabel,
			@Schema(example = "true") boolean published, Set<Integer> sdgs, Set<String> topics, List<Evidence> evidence,
			List<de.kommunalpilot.practices.Source> sources) {

		static PracticeView of(Practice p) {
			return new PracticeView(p.code(), p.title(), p.summary(), p.prerequisites(), p.effort().name(),
					p.effort().label(), p.published(), p.sdgs(), p.topics().stream().map(Enum::name).collect(Collectors.toSet()),
					p.evidence(), p.sources());
		}
	}
}
