package de.kommunalpilot.documents.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.kommunalpilot.documents.generation.PdfRenderer;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.meetings.Registration;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.PageController;

/**
 * The participant list of an exchange meeting (Teilnehmendenliste) as the funder asks for it: everyone with a confirmed
 * seat, with organisation or municipality and role, a column for their signature and rows for late-comers; with the
 * attendance the minutes recorded. Made on demand and never stored, so an erased registration leaves no copy.
 */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class ParticipantListPage {

	static final int BLANK_ROWS = 8;

	private final Meetings meetings;
	private final PdfRenderer pdf;

	ParticipantListPage(Meetings meetings, PdfRenderer pdf) {
		this.meetings = meetings;
		this.pdf = pdf;
	}

	@GetMapping("/austauschtreffen/{reference}/teilnehmendenliste")
	ResponseEntity<byte[]> participants(@PathVariable String reference) {
		byte[] document = meetings.read(reference, meeting -> {
			List<Registration> participants = meeting.confirmed();
			long attended = participants.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count();
			boolean recorded = participants.stream().anyMatch(r -> r.attended() != null);
			return pdf.render("participant-list", Map.of("meeting", meeting, "participants", participants, "blankRows", BLANK_ROWS,
					"attended", recorded ? (Object) attended : "–",
					"when", meeting.startsAt() == null ? "–" : GermanDates.format(meeting.startsAt()) + " – "
							+ GermanDates.format(meeting.endsAt()).substring(11) + " Uhr",
					"today", GermanDates.format(LocalDate.now(GermanDates.ZONE))));
		});
		return Downloads.inlinePdf("Teilnehmendenliste-" + reference + ".pdf", document);
	}
}
