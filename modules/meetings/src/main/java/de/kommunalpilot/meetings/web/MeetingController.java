package de.kommunalpilot.meetings.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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

	@PostMapping(path = "/api/meetings", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<MeetingView> create(@RequestBody Map<String, String> body, Authentication user) {
		ExchangeMeeting meeting = meetings.create(body.get("title"), user.getName());
		MeetingView view = meetings.read(meeting.id(), MeetingView::of);
		return ResponseEntity.created(URI.create("/api/meetings/" + view.reference())).body(view);
	}

	@GetMapping("/api/meetings")
	List<MeetingView> list(@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
		Page<MeetingView> result = meetings.list(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")), MeetingView::of);
		return result.getContent();
	}

	@GetMapping("/api/meetings/{reference}")
	MeetingView one(@PathVariable String reference) {
		return meetings.read(reference, MeetingView::of);
	}

	@PostMapping(path = "/api/meetings/{reference}/cancel", consumes = "application/json")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	ResponseEntity<Void> cancel(@PathVariable String reference, @RequestBody Map<String, String> body) {
		meetings.requestCancellation(reference, body.get("reason"));
		return ResponseEntity.noContent().build();
	}

	record MeetingView(String reference, String title, String status, String statusLabel, Instant startsAt, Integer capacity,
			int invited, int confirmed, int waitlisted, List<FindingView> findings) {

		static MeetingView of(ExchangeMeeting m) {
			return new MeetingView(m.reference(), m.title(), m.status().name(), m.status().label(), m.startsAt(), m.capacity(),
					m.invitations().size(), m.confirmed().size(), m.waitingList().size(),
					m.findings().stream().map(f -> new FindingView(f.id().toString(), f.title(), f.adoption(), f.practiceCode())).toList());
		}
	}

	record FindingView(String id, String title, String adoption, String practiceCode) {
	}
}
