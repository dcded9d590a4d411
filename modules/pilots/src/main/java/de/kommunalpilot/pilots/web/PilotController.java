package de.kommunalpilot.pilots.web;

import de.kommunalpilot.platform.PageView;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotFilter;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Consultation;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.Roles;
import de.kommunalpilot.platform.NotPermittedException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Pilots over HTTP. Experts see and touch only the pilots they were asked for or work on.
 */
@RestController
@Validated
class PilotController {

	private final Pilots pilots;

	PilotController(Pilots pilots) {
		this.pilots = pilots;
	}

	@PostMapping(path = "/api/pilots", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<PilotViews.Detail> createFromEnquiry(@Valid @RequestBody EnquiryRequest request,
			Authentication user) {
		Pilot pilot = pilots.createFromEnquiry(new Pilots.Enquiry(request.ags(), request.municipalityName(),
				request.title(), request.enquiry(), request.contactName(), request.contactEmail()), user.getName());
		PilotViews.Detail detail = pilots.read(pilot.id(), PilotViews.Detail::of);
		return ResponseEntity.created(URI.create("/api/pilots/" + detail.reference())).body(detail);
	}

	@GetMapping("/api/pilots")
	PageView<PilotViews.Summary> list(@RequestParam(required = false) PilotPhase phase,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Authentication user) {
		String expertOnly = staff(user) ? null : user.getName();
		PilotFilter filter = new PilotFilter(phase, null, null, null, null, null, expertOnly, null, null);
		Page<PilotViews.Summary> result = pilots.search(filter,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")), PilotViews.Summary::of);
		return new PageView<>(result.getContent(), result.getNumber(), result.getSize(),
				result.getTotalElements(), result.getTotalPages());
	}

	@GetMapping("/api/pilots/{reference}")
	PilotViews.Detail detail(@PathVariable String reference, Authentication user) {
		return pilots.read(reference, pilot -> {
			requireVisible(pilot, user);
			return PilotViews.Detail.of(pilot);
		});
	}

	@PostMapping(path = "/api/pilots/{reference}/cancellation", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	ResponseEntity<Void> cancel(@PathVariable String reference, @Valid @RequestBody CancellationRequest request,
			Authentication user) {
		pilots.requestCancellation(reference, request.reason(), user.getName());
		return ResponseEntity.accepted().build();
	}

	@PostMapping(path = "/api/pilots/{reference}/problems", consumes = "application/json")
	ResponseEntity<Map<String, String>> reportProblem(@PathVariable String reference,
			@Valid @RequestBody ProblemRequest request, Authentication user) {
		UUID problem = pilots.reportProblem(reference, request.description(), user.getName(), groups(user));
		return ResponseEntity.status(201).body(Map.of("id", problem.toString()));
	}

	@PostMapping(path = "/api/pilots/{reference}/consultations", consumes = "application/json")
	@PreAuthorize("hasAuthority('experts')")
	ResponseEntity<PilotViews.ConsultationView> logConsultation(@PathVariable String reference,
			@Valid @RequestBody ConsultationRequest request, Authentication user) {
		var consultation = pilots.logConsultation(reference,
				new Consultation.Entry(request.heldOn(), request.hours(), request.topic()), user.getName());
		return ResponseEntity.status(201).body(new PilotViews.ConsultationView(consultation.id().toString(),
				consultation.expertUser(), consultation.heldOn(), consultation.hours(), consultation.topic()));
	}

	@PostMapping(path = "/api/pilots/{reference}/notes", consumes = "application/json")
	ResponseEntity<PilotViews.NoteView> addNote(@PathVariable String reference, @Valid @RequestBody NoteRequest request,
			Authentication user) {
		pilots.read(reference, pilot -> {
			requireVisible(pilot, user);
			return pilot;
		});
		var note = pilots.addNote(reference, user.getName(), request.text());
		return ResponseEntity.status(201).body(new PilotViews.NoteView(note.id().toString(), note.author(), note.text(),
				note.createdAt(), note.editedAt()));
	}

	@PutMapping(path = "/api/pilots/{reference}/notes/{noteId}", consumes = "application/json")
	ResponseEntity<Void> editNote(@PathVariable String reference, @PathVariable UUID noteId,
			@Valid @RequestBody NoteRequest request, Authentication user) {
		pilots.editNote(reference, noteId, user.getName(), request.text());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/pilots/{reference}/expert-ranking")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	List<Map<String, Object>> ranking(@PathVariable String reference) {
		return pilots.rankExperts(pilots.read(reference, Pilot::id)).stream()
				.map(r -> Map.<String, Object>of("rank", r.rank(), "expertId", r.expertId().toString(), "name", r.name(),
						"userId", r.userId(), "score", r.score(), "reasons", r.reasons()))
				.toList();
	}

	private static void requireVisible(Pilot pilot, Authentication user) {
		if (!Pilots.visibleTo(pilot, user.getName(), groups(user))) {
			throw new NotPermittedException("Dieses Pilotvorhaben ist Ihnen nicht zugeordnet.");
		}
	}

	static Set<String> groups(Authentication user) {
		return Roles.groups(user);
	}

	static boolean staff(Authentication user) {
		return Roles.isStaff(user);
	}

	record EnquiryRequest(
			@NotBlank(message = "Der Amtliche Gemeindeschlüssel fehlt.") String ags,
			@NotBlank(message = "Der Name der Kommune fehlt.") @Size(max = 200, message = "Höchstens 200 Zeichen.") String municipalityName,
			@NotBlank(message = "Der Titel fehlt.") @Size(max = 200, message = "Höchstens 200 Zeichen.") String title,
			@NotBlank(message = "Die Anfrage fehlt.") @Size(max = 4000, message = "Höchstens 4000 Zeichen.") String enquiry,
			@Size(max = 200, message = "Höchstens 200 Zeichen.") String contactName,
			@Size(max = 320, message = "Höchstens 320 Zeichen.") String contactEmail) {
	}

	record CancellationRequest(@NotBlank(message = "Bitte einen Grund angeben.") @Size(max = 2000) String reason) {
	}

	record ProblemRequest(@NotBlank(message = "Bitte das Problem beschreiben.") @Size(max = 4000) String description) {
	}

	record ConsultationRequest(@NotNull(message = "Bitte das Datum angeben.") LocalDate heldOn,
			@NotNull(message = "Bitte die Stunden angeben.") BigDecimal hours, @Size(max = 500) String topic) {
	}

	record NoteRequest(@NotBlank(message = "Die Notiz ist leer.") @Size(max = 4000) String text) {
	}
}
