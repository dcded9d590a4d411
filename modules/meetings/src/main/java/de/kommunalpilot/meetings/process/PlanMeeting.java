package de.kommunalpilot.meetings.process;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.kommunalpilot.meetings.ExchangeMeeting;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.TaskContext;
import de.kommunalpilot.platform.TaskForm;
import de.kommunalpilot.platform.TaskInput;

/** „Treffen planen“: date, times, place or link, capacity, agenda, whom to invite; who plans it takes the meeting. */
@Component
class PlanMeeting extends MeetingTask {

	PlanMeeting(Meetings meetings) {
		super(meetings);
	}

	@Override
	public TaskForm form() {
		return TaskForm.shows("meetingReference").accepts(
				FormField.text("title", "einen Titel", ExchangeMeeting.TITLE_MAX).mandatory(),
				FormField.text("topic", "das Thema", ExchangeMeeting.PLACE_MAX),
				FormField.date("date", "das Datum").mandatory(),
				FormField.text("startTime", "den Beginn (HH:MM)", 5).mandatory(),
				FormField.text("endTime", "das Ende (HH:MM)", 5).mandatory(),
				FormField.text("place", "den Ort", ExchangeMeeting.PLACE_MAX),
				FormField.text("onlineLink", "den Online-Link", 500),
				FormField.number("capacity", "die Plätze", 1, ExchangeMeeting.MAX_CAPACITY).mandatory(),
				FormField.textarea("agenda", "die Tagesordnung", ExchangeMeeting.AGENDA_MAX).mandatory(),
				FormField.checkbox("inviteExperts", "die Einladung des Pools"),
				FormField.checkbox("inviteMunicipalities", "die Einladung der Kommunen"),
				FormField.textarea("inviteeLines", "weitere Eingeladene", 4000));
	}

	@Override
	public void complete(TaskContext task, TaskInput input) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		MeetingForms.inviteeLineErrors(input.get("inviteeLines")).forEach(error -> violations.reject("inviteeLines", error));
		violations.check(MeetingForms.time(input.get("startTime")) != null, "startTime", "Bitte die Uhrzeit als HH:MM angeben.");
		violations.check(MeetingForms.time(input.get("endTime")) != null, "endTime", "Bitte die Uhrzeit als HH:MM angeben.");
		violations.throwIfAny();
		Meetings.Plan plan = MeetingForms.plan(input.values());
		UUID meeting = meeting(task);
		meetings.takeResponsibility(meeting, task.userId());
		meetings.plan(meeting, plan);
		Instant startsAt = meetings.read(meeting, m -> m.startsAt());
		task.setVariable("meetingTitle", plan.title());
		task.setVariable("invitees", MeetingForms.inviteeMaps(plan.invitees()));
		task.setVariable("startsAt", Date.from(startsAt));
		task.setVariable("remindAt", Date.from(startsAt.minus(java.time.Duration.ofDays(ExchangeMeeting.REMINDER_DAYS_BEFORE))));
	}
}
