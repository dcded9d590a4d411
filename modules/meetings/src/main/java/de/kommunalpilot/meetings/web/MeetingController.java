package de.kommunalpilot.meetings.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
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

import de.kommunalpilot.meetings.ExchangeMeeting;
import de.kommunalpilot.meetings.Meetings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Exchange meetings over HTTP for staff; people register on the public page. */
@RestController
@Validated
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class MeetingController {

	private final Meetings meetings;

	MeetingController(Meetings meetings) {
		this.meetings = meetings;
	}

	/**
	 * Plans a new exchange meeting.
	 *
	 * Starts the meeting's process; the coordinators plan it in Tasklist. Coordinators and administrators only.
	 *
	 * @param request the meeting's title
	 * @param user the signed-in user
	 * @return the meeting; its address in {@code Location}
	 */
	@PostMapping(path = "/api/meetings", consumes = "application/json")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<MeetingView> createMeeting(@RequestBody MeetingRequest request, Authentication user) {
		ExchangeMeeting meeting = meetings.create(request.title(), user.getName());
		MeetingView view = meetings.read(meeting.id(), MeetingView::of);
		return ResponseEntity.created(URI.create("/api/meetings/" + view.reference())).body(view);
	}

	/**
	 * Lists exchange meetings, newest first.
	 *
	 * @param page the page, from 0
	 * @param size meetings per page, 1 to 200
	 * @return the meetings of the page
	 */
	@GetMapping("/api/meetings")
	List<MeetingView> listMeetings(@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Page<MeetingView> result = meetings.list(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")), MeetingView::of);
		return result.getContent();
	}

	/**
	 * Reads one exchange meeting.
	 *
	 * @param reference the meeting's reference
	 * @return the meeting with its registrations and findings
	 */
	@GetMapping("/api/meetings/{reference}")
	MeetingView getMeeting(@PathVariable String reference) {
		return meetings.read(reference, MeetingView::of);
	}

	/**
	 * Cancels an exchange meeting.
	 *
	 * Those invited are told; a meeting that has taken place answers 409. Coordinators and administrators only.
	 *
	 * @param reference the meeting's reference
	 * @param request why the meeting is cancelled
	 */
	@PostMapping(path = "/api/meetings/{reference}/cancel", consumes = "application/json")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	void cancelMeeting(@PathVariable String reference, @RequestBody CancellationRequest request) {
		meetings.requestCancellation(reference, request.reason());
	}

	/**
	 * A new exchange meeting.
	 *
	 * @param title what the meeting is about, at most 200 characters
	 */
	record MeetingRequest(@Schema(example = "2. Austauschtreffen Migration und Entwicklung") String title) {
	}

	/**
	 * Why a meeting is cancelled.
	 *
	 * @param reason the reason, told to those invited
	 */
	record CancellationRequest(@Schema(example = "Zu wenige Anmeldungen") String reason) {
	}

	/**
	 * An exchange meeting.
	 *
	 * @param reference its reference
	 * @param title its title
	 * @param status its state
	 * @param statusLabel its state as users see it
	 * @param startsAt when it starts, once planned
	 * @param capacity how many can take part
	 * @param invited how many were invited
	 * @param confirmed how many registered
	 * @param waitlisted how many wait for a seat
	 * @param findings its findings
	 */
	record MeetingView(@Schema(example = "T-2027-0001") String reference,
			@Schema(example = "2. Austauschtreffen Migration und Entwicklung") String title,
			@Schema(example = "PLANNING") String status,
			@Schema(example = "In Planung") String statusLabel,
			@Schema(example = "2027-03-12T09:00:00Z") Instant startsAt,
			@Schema(example = "40") Integer capacity,
			@Schema(example = "25") int invited,
			@Schema(example = "18") int confirmed,
			@Schema(example = "2") int waitlisted, List<FindingView> findings) {

		static MeetingView of(ExchangeMeeting m) {
			return new MeetingView(m.reference(), m.title(), m.status().name(), m.status().label(), m.startsAt(), m.capacity(),
					m.invitations().size(), m.confirmed().size(), m.waitingList().size(),
					m.findings().stream().map(f -> new FindingView(f.id().toString(), f.title(), f.adoption(), f.practiceCode())).toList());
		}
	}

	/**
	 * A finding of an exchange meeting.
	 *
	 * @param id its id
	 * @param title what was found
	 * @param adoption how it went into the catalogue: new (a draft practice), update (of an existing one) or none
	 * @param practiceCode the practice it became, if it did
	 */
	record FindingView(@Schema(example = "a1b2c3d4-0000-4000-8000-000000000001") String id,
			@Schema(example = "Mehrsprachige Elternarbeit") String title,
			@Schema(example = "new") String adoption,
			@Schema(example = "BP-21") String practiceCode) {
	}
}
