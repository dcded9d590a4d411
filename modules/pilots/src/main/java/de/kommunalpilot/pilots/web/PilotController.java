package de.kommunalpilot.pilots.web;

import io.swagger.v3.oas.annotations.media.Schema;
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
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseStatus;
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

	/**
	 * Opens a pilot from a municipality's enquiry.
	 *
	 * Records the enquiry as a new Pilotvorhaben with the next reference (P-yyyy-nnnn) and starts its process: the first
	 * task, „Anfrage prüfen“, waits for the coordinators. The municipality is named by its official key (AGS); an
	 * unknown key is refused. Coordinators and administrators only.
	 *
	 * @param request the enquiry as the municipality sent it
	 * @param user the signed-in user (recorded as who entered the enquiry)
	 * @return the new pilot; its address in {@code Location}
	 */
	@PostMapping(path = "/api/pilots", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<PilotViews.Detail> createPilot(@Valid @RequestBody EnquiryRequest request,
			Authentication user) {
		Pilot pilot = pilots.createFromEnquiry(new Pilots.Enquiry(request.ags(), request.municipalityName(),
				request.title(), request.enquiry(), request.contactName(), request.contactEmail()), user.getName());
		PilotViews.Detail detail = pilots.read(pilot.id(), PilotViews.Detail::of);
		return ResponseEntity.created(URI.create("/api/pilots/" + detail.reference())).body(detail);
	}

	/**
	 * Lists pilots, newest first.
	 *
	 * Coordinators and leads see every pilot; experts only the pilots they were asked for or work on.
	 *
	 * @param phase only pilots in this phase
	 * @param page the page, from 0
	 * @param size pilots per page, 1 to 200
	 * @param user the signed-in user
	 * @return one page of pilots
	 */
	@GetMapping("/api/pilots")
	PageView<PilotViews.Summary> listPilots(@RequestParam(required = false) PilotPhase phase,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Authentication user) {
		String expertOnly = staff(user) ? null : user.getName();
		PilotFilter filter = new PilotFilter(phase, null, null, null, null, null, expertOnly, null, null);
		Page<PilotViews.Summary> result = pilots.search(filter,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")), PilotViews.Summary::of);
		return new PageView<>(result.getContent(), result.getNumber(), result.getSize(),
				result.getTotalElements(), result.getTotalPages());
	}

	/**
	 * Reads one pilot.
	 *
	 * Its phase, municipality, chosen practice, expert, milestones, consultations and notes. An expert may read only the
	 * pilots they were asked for or work on.
	 *
	 * @param reference the pilot's reference, e.g. P-2026-0001
	 * @param user the signed-in user
	 * @return the pilot
	 */
	@GetMapping("/api/pilots/{reference}")
	PilotViews.Detail getPilot(@PathVariable String reference, Authentication user) {
		return pilots.read(reference, pilot -> {
			requireVisible(pilot, user);
			return PilotViews.Detail.of(pilot);
		});
	}

	/**
	 * Cancels a pilot from any phase.
	 *
	 * Ends its process at „abgebrochen“ with the reason; the process's open tasks are withdrawn. Coordinators and leads
	 * only; a pilot that has ended already answers 409.
	 *
	 * @param reference the pilot's reference
	 * @param request why the pilot is cancelled
	 * @param user the signed-in user
	 */
	@PostMapping(path = "/api/pilots/{reference}/cancellation", consumes = "application/json")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	void cancelPilot(@PathVariable String reference, @Valid @RequestBody CancellationRequest request,
			Authentication user) {
		pilots.requestCancellation(reference, request.reason(), user.getName());
	}

	/**
	 * Reports a problem in a pilot.
	 *
	 * Raises the task „Problem klären“ for the coordinators without interrupting the pilot. The expert working on the
	 * pilot and the staff may report.
	 *
	 * @param reference the pilot's reference
	 * @param request the problem
	 * @param user the signed-in user
	 * @return the problem's id
	 */
	@PostMapping(path = "/api/pilots/{reference}/problems", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<Map<String, String>> reportProblem(@PathVariable String reference,
			@Valid @RequestBody ProblemRequest request, Authentication user) {
		UUID problem = pilots.reportProblem(reference, request.description(), user.getName(), groups(user));
		return ResponseEntity.status(201).body(Map.of("id", problem.toString()));
	}

	/**
	 * Logs a consultation the expert held.
	 *
	 * Date, hours and topic of one consultation in the pilot; the hours count towards the fee. Only the expert working
	 * on the pilot, while it is being realised.
	 *
	 * @param reference the pilot's reference
	 * @param request the consultation
	 * @param user the signed-in expert
	 * @return the logged consultation
	 */
	@PostMapping(path = "/api/pilots/{reference}/consultations", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('experts')")
	ResponseEntity<PilotViews.ConsultationView> logConsultation(@PathVariable String reference,
			@Valid @RequestBody ConsultationRequest request, Authentication user) {
		var consultation = pilots.logConsultation(reference,
				new Consultation.Entry(request.heldOn(), request.hours(), request.topic()), user.getName());
		return ResponseEntity.status(201).body(new PilotViews.ConsultationView(consultation.id().toString(),
				consultation.expertUser(), consultation.heldOn(), consultation.hours(), consultation.topic()));
	}

	/**
	 * Adds a note to a pilot.
	 *
	 * Visible to everyone who may see the pilot.
	 *
	 * @param reference the pilot's reference
	 * @param request the note's text
	 * @param user the signed-in user (the note's author)
	 * @return the note
	 */
	@PostMapping(path = "/api/pilots/{reference}/notes", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
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

	/**
	 * Edits one of the user's own notes.
	 *
	 * Only the author may edit a note.
	 *
	 * @param reference the pilot's reference
	 * @param noteId the note's id
	 * @param request the new text
	 * @param user the signed-in user
	 */
	@PutMapping(path = "/api/pilots/{reference}/notes/{noteId}", consumes = "application/json")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void editNote(@PathVariable String reference, @PathVariable UUID noteId,
			@Valid @RequestBody NoteRequest request, Authentication user) {
		pilots.editNote(reference, noteId, user.getName(), request.text());
	}

	/**
	 * Ranks the pool's experts for a pilot.
	 *
	 * The experts who fit the pilot best first: languages, SDGs, topics, region, availability and workload, with the
	 * reasons for each score. Coordinators and leads only.
	 *
	 * @param reference the pilot's reference
	 * @return the ranked experts
	 */
	@GetMapping("/api/pilots/{reference}/expert-ranking")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads')")
	List<Map<String, Object>> rankExperts(@PathVariable String reference) {
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

	/**
	 * A municipality's enquiry for a pilot.
	 *
	 * @param ags the municipality's official key (AGS, eight digits); it must be in the register
	 * @param municipalityName the municipality's name as the enquiry gives it, at most 200 characters
	 * @param title what the pilot is about, at most 200 characters
	 * @param enquiry the enquiry in the municipality's words, at most 4000 characters
	 * @param contactName who asks, at most 200 characters
	 * @param contactEmail where the municipality is answered, at most 320 characters
	 */
	record EnquiryRequest(
			@NotBlank(message = "Der Amtliche Gemeindeschlüssel fehlt.") @Schema(example = "08221000") String ags,
			@NotBlank(message = "Der Name der Kommune fehlt.") @Size(max = 200, message = "Höchstens 200 Zeichen.") @Schema(example = "Heidelberg") String municipalityName,
			@NotBlank(message = "Der Titel fehlt.") @Size(max = 200, message = "Höchstens 200 Zeichen.") @Schema(example = "Faire Beschaffung mit migrantischen Unternehmen") String title,
			@NotBlank(message = "Die Anfrage fehlt.") @Size(max = 4000, message = "Höchstens 4000 Zeichen.") @Schema(example = "Wir möchten die Beschaffung der Stadtverwaltung fair gestalten und suchen Beratung.") String enquiry,
			@Size(max = 200, message = "Höchstens 200 Zeichen.") @Schema(example = "Erika Mustermann") String contactName,
			@Size(max = 320, message = "Höchstens 320 Zeichen.") @Schema(example = "erika.mustermann@heidelberg.example") String contactEmail) {
	}

	/**
	 * Why a pilot is cancelled.
	 *
	 * @param reason the reason, at most 2000 characters
	 */
	record CancellationRequest(@NotBlank(message = "Bitte einen Grund angeben.") @Size(max = 2000) @Schema(example = "Die Kommune hat das Vorhaben zurückgezogen.") String reason) {
	}

	/**
	 * A problem in a pilot.
	 *
	 * @param description what the problem is, at most 4000 characters
	 */
	record ProblemRequest(@NotBlank(message = "Bitte das Problem beschreiben.") @Size(max = 4000) @Schema(example = "Der Termin für das Auftaktgespräch lässt sich nicht finden.") String description) {
	}

	/**
	 * A consultation the expert held.
	 *
	 * @param heldOn the day it was held
	 * @param hours how many hours, in quarter hours
	 * @param topic what it was about, at most 500 characters
	 */
	record ConsultationRequest(@NotNull(message = "Bitte das Datum angeben.") @Schema(example = "2026-11-20") LocalDate heldOn,
			@NotNull(message = "Bitte die Stunden angeben.") @Schema(example = "2.5") BigDecimal hours, @Size(max = 500) @Schema(example = "Workshop mit dem Integrationsbeirat") String topic) {
	}

	/**
	 * A note on a pilot.
	 *
	 * @param text the note, at most 4000 characters
	 */
	record NoteRequest(@NotBlank(message = "Die Notiz ist leer.") @Size(max = 4000) @Schema(example = "Rückruf der Kommune am Montag.") String text) {
	}
}
