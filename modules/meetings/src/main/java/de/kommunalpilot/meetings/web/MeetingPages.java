package de.kommunalpilot.meetings.web;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.kommunalpilot.meetings.ExchangeMeeting;
import de.kommunalpilot.meetings.MeetingStatus;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.CaseTasks;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Roles;
import de.kommunalpilot.platform.Responsibilities;

/** The exchange meetings for staff: the list, a new meeting, and one meeting with seats, attendance and findings. */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class MeetingPages {

	private final Meetings meetings;
	private final CaseTasks tasks;
	private final Responsibilities responsibilities;

	MeetingPages(Meetings meetings, CaseTasks tasks, Responsibilities responsibilities) {
		this.meetings = meetings;
		this.tasks = tasks;
		this.responsibilities = responsibilities;
	}

	@GetMapping("/austauschtreffen")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		// rows are read inside the transaction: a template must not reach into lazy collections
		model.addAttribute("meetings", meetings.list(PageRequest.of(Math.max(0, page), 20, Sort.by(Sort.Direction.DESC, "createdAt")),
				MeetingRow::of));
		return "meetings/list";
	}

	@PostMapping("/austauschtreffen")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	String create(@RequestParam(required = false) String title, Authentication user, RedirectAttributes redirect) {
		try {
			ExchangeMeeting meeting = meetings.create(title, user.getName());
			redirect.addFlashAttribute("info", "Das Treffen ist angelegt; „Treffen planen“ wartet in der Aufgabenliste.");
			return "redirect:/austauschtreffen/" + meeting.reference();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("titleError", e.errors().get("title"));
			return "redirect:/austauschtreffen";
		}
	}

	/** Hands it to another coordinator (Fallverantwortung). */
	@PostMapping("/austauschtreffen/{reference}/verantwortung")
	@PreAuthorize("hasAuthority('coordinators')")
	String handOver(@PathVariable String reference, @RequestParam(required = false) String to, Authentication user,
			RedirectAttributes redirect) {
		return Responsibilities.handOverForm("/austauschtreffen/" + reference, redirect,
				() -> meetings.handOver(reference, to, user.getName(), Roles.groups(user)));
	}

	/** Sets who stands in for the responsible coordinator while they are away. */
	@PostMapping("/austauschtreffen/{reference}/vertretung")
	@PreAuthorize("hasAuthority('coordinators')")
	String substitute(@PathVariable String reference, @RequestParam(required = false) String substitute, Authentication user,
			RedirectAttributes redirect) {
		return Responsibilities.substituteForm("/austauschtreffen/" + reference, redirect, substitute,
				chosen -> meetings.setSubstitute(reference, chosen, Roles.groups(user)));
	}

	@GetMapping("/austauschtreffen/{reference}")
	String meeting(@PathVariable String reference, Model model, Authentication user) {
		model.addAttribute("meeting", meetings.read(reference, m -> {
			m.registrations().size();
			m.findings().size();
			m.invitations().size();
			return m;
		}));
		model.addAttribute("handovers", meetings.read(reference, ExchangeMeeting::responsibilityHistory));
		model.addAttribute("coordinators", meetings.read(reference, m -> m.status() == MeetingStatus.CLOSED || m.status() == MeetingStatus.CANCELLED)
				? List.of() : responsibilities.choicesFor(Roles.groups(user)));
		model.addAttribute("details", meetings.read(reference, Meetings::details));
		model.addAttribute("tasks", tasks.open(reference));
		return "meetings/detail";
	}

	/** One line of the list. */
	record MeetingRow(String reference, String title, java.time.Instant startsAt, Integer capacity, int confirmed, int waiting,
			String status) {

		static MeetingRow of(de.kommunalpilot.meetings.ExchangeMeeting meeting) {
			return new MeetingRow(meeting.reference(), meeting.title(), meeting.startsAt(), meeting.capacity(), meeting.confirmed().size(),
					meeting.waitingList().size(), meeting.status().label());
		}
	}
}
