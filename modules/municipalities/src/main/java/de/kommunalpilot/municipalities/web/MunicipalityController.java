package de.kommunalpilot.municipalities.web;

import java.net.URI;
import java.util.NoSuchElementException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.municipalities.Municipality;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Municipalities over HTTP: {@code /api/municipalities}.
 */
@RestController
@RequestMapping(path = "/api/municipalities", produces = "application/json")
class MunicipalityController {

	private final Municipalities municipalities;

	MunicipalityController(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	@GetMapping("/{ags}")
	MunicipalityView byAgs(@PathVariable String ags) {
		return municipalities.findByAgs(ags).map(MunicipalityView::of)
				.orElseThrow(() -> new NoSuchElementException("Keine Kommune mit dem Schlüssel " + ags + "."));
	}

	@PostMapping(consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	ResponseEntity<MunicipalityView> register(@Valid @RequestBody RegisterRequest request) {
		Municipality municipality = municipalities
				.register(new Municipalities.Register(request.ags(), request.name().strip(), request.district().strip()));
		return ResponseEntity.created(URI.create("/api/municipalities/" + municipality.ags().value()))
				.body(MunicipalityView.of(municipality));
	}

	record RegisterRequest(
			@NotBlank(message = "Der Amtliche Gemeindeschlüssel fehlt.")
			@Pattern(regexp = "08[1-4]\\d{5}", message = "Der Amtliche Gemeindeschlüssel besteht aus acht Ziffern und beginnt in Baden-Württemberg mit 081 bis 084.")
			String ags,
			@NotBlank(message = "Der Name der Kommune fehlt.") @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
			String name,
			@NotBlank(message = "Der Landkreis fehlt.") @Size(max = 200, message = "Der Landkreis darf höchstens 200 Zeichen lang sein.")
			String district) {
	}

	record MunicipalityView(String id, String ags, String name, String district) {

		static MunicipalityView of(Municipality municipality) {
			return new MunicipalityView(municipality.id().value().toString(), municipality.ags().value(),
					municipality.name(), municipality.district());
		}
	}
}
