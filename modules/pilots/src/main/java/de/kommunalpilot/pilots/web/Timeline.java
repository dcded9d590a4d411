package de.kommunalpilot.pilots.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One list of what happened to a pilot, newest first: phase changes, expert requests and answers,
 * milestones, consultations, problems, notes and handovers of the Fallverantwortung ({@code to}: to whom).
 */
public record Timeline(Instant at, String kind, String text, String by, String to) {

	Timeline(Instant at, String kind, String text, String by) {
		this(at, kind, text, by, null);
	}

	static List<Timeline> of(PilotViews.Detail pilot, List<de.kommunalpilot.pilots.PilotTasks.CompletedTask> tasks,
			List<de.kommunalpilot.platform.MailOutbox.Mail> mails) {
		List<Timeline> entries = new ArrayList<>();
		tasks.forEach(t -> entries.add(new Timeline(t.ended().toInstant(), "Aufgabe", t.name() + " erledigt", t.assignee())));
		mails.forEach(m -> entries.add(new Timeline(m.createdAt(), "Mail", "„" + m.subject() + "“ an " + m.recipient()
				+ ("SENT".equals(m.status()) ? " (gesendet)" : " (im Postausgang)"), null)));
		pilot.phaseHistory().forEach(p -> entries.add(new Timeline(p.changedAt(), "Phase", "Phase „" + p.label() + "“", p.changedBy())));
		pilot.experts().forEach(a -> {
			entries.add(new Timeline(a.requestedAt(), "Expert*in", a.expertName() + " angefragt", null));
			if (a.answeredAt() != null) {
				entries.add(new Timeline(a.answeredAt(), "Expert*in", a.expertName() + ": " + a.statusLabel(), a.expertUser()));
			}
		});
		pilot.milestones().stream().filter(m -> m.completedAt() != null)
				.forEach(m -> entries.add(new Timeline(m.completedAt(), "Meilenstein", m.title() + " erledigt", null)));
		pilot.problems().forEach(p -> {
			entries.add(new Timeline(p.reportedAt(), "Problem", p.description(), p.reportedBy()));
			if (p.resolvedAt() != null) {
				entries.add(new Timeline(p.resolvedAt(), "Problem", "Geklärt: " + p.resolution(), null));
			}
		});
		pilot.notes().forEach(n -> entries.add(new Timeline(n.createdAt(), "Notiz", n.text(), n.author())));
		pilot.handovers().forEach(h -> entries.add(new Timeline(h.changedAt(), "Verantwortung", h.taken()
				? "Fallverantwortung übernommen" : "Fallverantwortung übergeben", h.changedBy(), h.taken() ? null : h.to())));
		entries.sort(Comparator.comparing(Timeline::at).reversed());
		return entries;
	}
}
