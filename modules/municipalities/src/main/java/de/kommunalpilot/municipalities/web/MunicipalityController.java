package de.kommunalpilot.municipalities.web;

import io.swagger.v3.oas.annotations.media.Schema;
import de.kommunalpilot.platform.PageView;
import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.municipalities.Agenda2030Status;
import de.kommunalpilot.municipalities.Ags;
import de.kommunalpilot.municipalities.Contact;
import de.kommunalpilot.municipalities.District;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.municipalities.Municipality;
import de.kommunalpilot.municipalities.MunicipalityAudience;
import de.kommunalpilot.platform.Roles;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Municipalities and districts over HTTP.
 */
@RestController
@Validated
class MunicipalityController {

	private final Municipalities municipalities;
	private final ObjectProvider<MunicipalityAudience> audience;

	MunicipalityController(Municipalities municipalities, ObjectProvider<MunicipalityAudience> audience) {
		this.municipalities = municipalities;
		this.audience = audience;
	}

	/**
	 * Searches municipalities by name or district.
	 *
	 * Staff search all of Baden-Württemberg's municipalities; experts only those of the pilots they work on.
	 *
	 * @param district only municipalities of this district (its five-digit key)
	 * @param q a part of the name or the official key
	 * @param page the page, from 0
	 * @param size municipalities per page, 1 to 200
	 * @param user the signed-in user
	 * @return one page of municipalities, by name
	 */
	@GetMapping("/api/municipalities")
	PageView<MunicipalityView> searchMunicipalities(@RequestParam(required = false) String district,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Authentication user) {
		PageRequest request = PageRequest.of(page, size, Sort.by("name"));
		Page<Municipality> result = Roles.isStaff(user) ? municipalities.search(district, q, request)
				: municipalities.searchAmong(visibleTo(user), district, q, request);
		return new PageView<>(result.map(MunicipalityView::of).getContent(), result.getNumber(), result.getSize(),
				result.getTotalElements(), result.getTotalPages());
	}

	/**
	 * Reads one municipality by its official key (AGS).
	 *
	 * A municipality the user may not see answers like one that does not exist.
	 *
	 * @param ags the eight-digit official municipality key
	 * @param user the signed-in user
	 * @return the municipality
	 */
	@GetMapping("/api/municipalities/{ags}")
	MunicipalityView getMunicipality(@PathVariable String ags, Authentication user) {
		return municipalities.findByAgs(ags)
				.filter(municipality -> Roles.isStaff(user) || visibleTo(user).contains(municipality.id().value()))
				.map(MunicipalityView::of)
				.orElseThrow(() -> new NoSuchElementException("Keine Kommune mit dem Schlüssel " + ags + "."));
	}

	private Set<UUID> visibleTo(Authentication user) {
		MunicipalityAudience answer = audience.getIfAvailable();
		return answer == null ? Set.of() : answer.municipalitiesOf(user.getName());
	}

	/**
	 * Registers a municipality that is not in the register yet.
	 *
	 * Coordinators, leads and administrators only.
	 *
	 * @param request the municipality
	 * @return the municipality; its address in {@code Location}
	 */
	@PostMapping(path = "/api/municipalities", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	ResponseEntity<MunicipalityView> registerMunicipality(@Valid @RequestBody MunicipalityRequest request) {
		Municipality municipality = municipalities.register(new Municipalities.Register(request.ags(),
				request.name().strip(), request.population(),
				request.agenda2030Status() == null ? Agenda2030Status.NONE : request.agenda2030Status(),
				request.contacts() == null ? List.of()
						: request.contacts().stream()
								.map(c -> new Contact(c.name().strip(), c.role(), c.email(), c.phone())).toList()));
		return ResponseEntity.created(URI.create("/api/municipalities/" + municipality.ags().value()))
				.body(MunicipalityView.of(municipality));
	}

	/**
	 * Lists the districts (Landkreise and Stadtkreise).
	 *
	 * @return every district with its administrative region
	 */
	@GetMapping("/api/districts")
	List<DistrictView> listDistricts() {
		return municipalities.districts().stream().map(DistrictView::of).toList();
	}

	/**
	 * A municipality for the register.
	 *
	 * @param ags the official key (AGS, eight digits, 08 for Baden-Württemberg)
	 * @param name the name, at most 200 characters
	 * @param population the population, if known
	 * @param agenda2030Status how far it is with Agenda 2030; none when left out
	 * @param contacts contact persons, at most 20
	 */
	record MunicipalityRequest(
			@NotBlank(message = "Der Amtliche Gemeindeschlüssel fehlt.") @Pattern(regexp = Ags.PATTERN, message = Ags.MESSAGE)
			@Schema(example = "08416999") String ags,
			@NotBlank(message = "Der Name der Kommune fehlt.") @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
			@Schema(example = "Musterstadt") String name,
			@PositiveOrZero(message = "Die Einwohnerzahl darf nicht negativ sein.")
			@Schema(example = "12000") Integer population,
			@Schema(example = "INTERESTED") Agenda2030Status agenda2030Status,
			@Size(max = 20, message = "Höchstens 20 Ansprechpersonen.")
			List<@Valid ContactRequest> contacts) {
	}

	/**
	 * A contact person of a municipality.
	 *
	 * @param name the name, at most 200 characters
	 * @param role their role
	 * @param email their mail address
	 * @param phone their phone number
	 */
	record ContactRequest(
			@NotBlank(message = "Der Name der Ansprechperson fehlt.") @Size(max = 200) @Schema(example = "Max Beispiel") String name,
			@Size(max = 200) @Schema(example = "Agenda-2030-Koordination") String role,
			@Email(message = "Keine gültige E-Mail-Adresse.") @Size(max = 320) @Schema(example = "max.beispiel@musterstadt.example") String email,
			@Size(max = 50) @Schema(example = "+49 711 123456") String phone) {
	}

	/**
	 * A municipality of the register.
	 *
	 * @param id its id
	 * @param ags its official key (AGS, eight digits)
	 * @param name its name
	 * @param districtKey its district's five-digit key
	 * @param population its population
	 * @param agenda2030Status how far it is with Agenda 2030
	 * @param agenda2030StatusLabel the same as users see it
	 * @param contacts its contact persons
	 */
	record MunicipalityView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id, @Schema(example = "08221000") String ags, @Schema(example = "Heidelberg") String name, @Schema(example = "08221") String districtKey, @Schema(example = "162273") Integer population,
			@Schema(example = "INTERESTED") String agenda2030Status, @Schema(example = "Interesse bekundet") String agenda2030StatusLabel, List<Contact> contacts) {

		static MunicipalityView of(Municipality municipality) {
			return new MunicipalityView(municipality.id().value().toString(), municipality.ags().value(),
					municipality.name(), municipality.districtKey(), municipality.population(),
					municipality.agenda2030Status().name(), municipality.agenda2030Status().label(),
					municipality.contacts());
		}
	}

	/**
	 * A district (Landkreis or Stadtkreis).
	 *
	 * @param key its five-digit key
	 * @param name its name
	 * @param label its name as users see it
	 * @param kind a Stadtkreis or a Landkreis
	 * @param administrativeRegion its Regierungsbezirk
	 */
	record DistrictView(@Schema(example = "08221") String key, @Schema(example = "Heidelberg") String name, @Schema(example = "Stadtkreis Heidelberg") String label, @Schema(example = "STADTKREIS") String kind, @Schema(example = "Karlsruhe") String administrativeRegion) {

		static DistrictView of(District district) {
			return new DistrictView(district.key(), district.name(), district.label(), district.kind().name(),
					district.administrativeRegion());
		}
	}

}
