package de.kommunalpilot.experts.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.platform.Topic;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The expert pool over HTTP: staff see the pool, experts their own profile.
 */
@RestController
class ExpertController {

	private final Experts experts;

	ExpertController(Experts experts) {
		this.experts = experts;
	}

	/**
	 * Lists the pool of experts and organisations.
	 *
	 * Coordinators, leads and administrators only.
	 *
	 * @return every expert with languages, countries, SDGs, topics, regions, fee and workload
	 */
	@GetMapping("/api/experts")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	List<ExpertView> listExperts() {
		return experts.all().stream().map(ExpertView::of).toList();
	}

	/**
	 * Reads the signed-in expert's own profile.
	 *
	 * @param user the signed-in expert
	 * @return the expert's profile
	 */
	@GetMapping("/api/experts/me")
	@PreAuthorize("hasAuthority('experts')")
	ExpertView getOwnProfile(Authentication user) {
		return experts.findByUserId(user.getName()).map(ExpertView::of)
				.orElseThrow(() -> new NoSuchElementException("Für Ihr Konto gibt es noch kein Profil."));
	}

	/**
	 * Reads one expert.
	 *
	 * Coordinators, leads and administrators only.
	 *
	 * @param id the expert's id
	 * @return the expert
	 */
	@GetMapping("/api/experts/{id}")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	ExpertView getExpert(@PathVariable String id) {
		return ExpertView.of(experts.get(ExpertId.of(id)));
	}

	/**
	 * Registers an expert or a migrant organisation in the pool.
	 *
	 * Coordinators and administrators only.
	 *
	 * @param request the expert's profile
	 * @return the registered expert; its address in {@code Location}
	 */
	@PostMapping(path = "/api/experts", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<ExpertView> registerExpert(@Valid @RequestBody ExpertRequest request) {
		Expert expert = experts.register(new Experts.Register(blankToNull(request.userId()), request.name().strip(),
				blankToNull(request.organisation()), request.kind() == null ? Expert.Kind.PERSON : request.kind(),
				blankToNull(request.email()), request.dailyFee(), request.languages(), Set.copyOf(request.countries()),
				request.sdgs(), request.topics(), request.regions()));
		return ResponseEntity.created(URI.create("/api/experts/" + expert.id())).body(ExpertView.of(expert));
	}

	/**
	 * Exports everything the system holds about an expert.
	 *
	 * A JSON download for a request for access or portability under the GDPR (articles 15 and 20). Coordinators and
	 * administrators only.
	 *
	 * @param id the expert's id
	 * @return the expert's personal data from every module
	 */
	@GetMapping("/api/experts/{id}/personal-data")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<Map<String, Object>> exportPersonalData(@PathVariable String id) {
		return download(experts.exportPersonalData(ExpertId.of(id)));
	}

	/**
	 * Exports everything the system holds about the signed-in expert.
	 *
	 * @param user the signed-in expert
	 * @return the expert's personal data from every module
	 */
	@GetMapping("/api/experts/me/personal-data")
	@PreAuthorize("hasAuthority('experts')")
	ResponseEntity<Map<String, Object>> exportOwnPersonalData(Authentication user) {
		Expert expert = experts.findByUserId(user.getName())
				.orElseThrow(() -> new NoSuchElementException("Für Ihr Konto gibt es noch kein Profil."));
		return download(experts.exportPersonalData(expert.id()));
	}

	/**
	 * Erases an expert's personal data in every module.
	 *
	 * Erasure under the GDPR (article 17): the profile, the login and every trace of the person are removed or made
	 * anonymous. Refused with 409 while the expert works on a pilot. Coordinators and administrators only.
	 *
	 * @param id the expert's id
	 */
	@DeleteMapping("/api/experts/{id}/personal-data")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	void erasePersonalData(@PathVariable String id) {
		experts.erase(ExpertId.of(id));
	}

	private static ResponseEntity<Map<String, Object>> download(Map<String, Object> export) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("personenbezogene-daten.json").build().toString())
				.contentType(MediaType.APPLICATION_JSON).body(export);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * An expert or a migrant organisation for the pool.
	 *
	 * @param userId the login of the expert, if they have one (letters and digits)
	 * @param name the name, at most 200 characters
	 * @param organisation the organisation they work for, if any
	 * @param kind a person or an organisation; a person when left out
	 * @param email where the expert is reached
	 * @param dailyFee the daily fee in euros, 0 to 5000
	 * @param languages the languages they consult in, one to ten
	 * @param countries countries or regions of origin they know, one to ten
	 * @param sdgs the SDGs (1 to 17) they work on, at least one
	 * @param topics their topics, at least one
	 * @param regions the districts (five-digit keys) they work in, at least one
	 */
	record ExpertRequest(
			@Size(max = 64) @Pattern(regexp = "^$|[a-zA-Z0-9]+", message = "Nur Buchstaben und Ziffern.") @Schema(example = "amina") String userId,
			@NotBlank(message = "Der Name fehlt.") @Size(max = 200) @Schema(example = "Amina Yilmaz") String name,
			@Size(max = 200) @Schema(example = "Netzwerk Migration BW e. V.") String organisation,
			@Schema(example = "PERSON") Expert.Kind kind,
			@Email(message = "Keine gültige E-Mail-Adresse.") @Size(max = 320) @Schema(example = "amina.yilmaz@example.org") String email,
			@DecimalMin(value = "0", message = "Der Tagessatz darf nicht negativ sein.") @DecimalMax("5000") @Schema(example = "450.00") BigDecimal dailyFee,
			@NotEmpty(message = "Mindestens eine Sprache.") @Size(max = Expert.MAX_LANGUAGES, message = "Höchstens zehn Sprachen.")
			Set<@NotBlank @Size(max = 50) String> languages,
			@NotEmpty(message = "Mindestens ein Land oder eine Region.") @Size(max = Expert.MAX_COUNTRIES, message = "Höchstens zehn Länder.")
			Set<@NotBlank @Size(max = 100) String> countries,
			@NotEmpty(message = "Mindestens ein SDG.") Set<@Min(value = 1, message = "SDGs gehen von 1 bis 17.") @Max(value = 17, message = "SDGs gehen von 1 bis 17.") Integer> sdgs,
			@NotEmpty(message = "Mindestens ein Thema.") Set<Topic> topics,
			@NotEmpty(message = "Mindestens ein Einsatzgebiet.") Set<@Pattern(regexp = "08[1-4]\\d{2}", message = "Kreisschlüssel aus fünf Ziffern.") String> regions) {
	}

	/**
	 * An expert or organisation of the pool.
	 *
	 * @param id the expert's id
	 * @param userId their login, if they have one
	 * @param name the name
	 * @param organisation the organisation, if any
	 * @param kind a person or an organisation
	 * @param email where they are reached
	 * @param dailyFee the daily fee in euros
	 * @param available whether they take new pilots
	 * @param activeAssignments how many pilots they work on
	 * @param languages the languages they consult in
	 * @param countries countries or regions of origin they know
	 * @param sdgs their SDGs
	 * @param topics their topics
	 * @param regions the districts they work in (keys)
	 */
	record ExpertView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id,
			@Schema(example = "expertin") String userId,
			@Schema(example = "Amina Yilmaz") String name,
			@Schema(example = "Netzwerk Migration BW e. V.") String organisation,
			@Schema(example = "PERSON") String kind,
			@Schema(example = "amina.yilmaz@example.org") String email,
			@Schema(example = "450.00") BigDecimal dailyFee,
			@Schema(example = "true") boolean available,
			@Schema(example = "2") int activeAssignments, Set<String> languages, Set<String> countries,
			Set<Integer> sdgs, Set<String> topics, Set<String> regions) {

		static ExpertView of(Expert e) {
			return new ExpertView(e.id().toString(), e.userId(), e.name(), e.organisation(), e.kind().name(), e.email(),
					e.dailyFee(), e.available(), e.activeAssignments(), e.languages(), e.countries(), e.sdgs(),
					e.topics().stream().map(Enum::name).collect(Collectors.toSet()), e.regions());
		}
	}
}
