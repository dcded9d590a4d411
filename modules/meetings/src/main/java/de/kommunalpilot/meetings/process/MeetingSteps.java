package de.kommunalpilot.meetings.process;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.meetings.ExchangeMeeting;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.meetings.Registration;
import de.kommunalpilot.platform.engine.EngineSystemCalls;
import de.kommunalpilot.platform.FormField;
import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.platform.StartForm;
import de.kommunalpilot.platform.TaskForm;

/**
 * The automated steps of {@code exchange-meeting}, each a bean named after its step.
 */
@Configuration(proxyBeanMethods = false)
class MeetingSteps {

	/** A meeting started in Tasklist gets its record and reference here; one started by the app has them already. */
	@Bean("registerMeeting")
	ExecutionListener registerMeeting(Meetings meetings, EngineSystemCalls engine) {
		return execution -> {
			if (execution.getProcessBusinessKey() != null) {
				return;
			}
			ExchangeMeeting meeting = meetings.register(FormValues.text(execution.getVariable("title")), engine.currentUserId());
			execution.setProcessBusinessKey(meeting.reference());
			execution.setVariable("meetingId", meeting.id().toString());
			execution.setVariable("meetingReference", meeting.reference());
			execution.setVariable("meetingTitle", meeting.title());
		};
	}

	/** „Prozess starten“ → „Austauschtreffen“ in Tasklist: a title, nothing else. */
	@Bean
	StartForm meetingStartForm() {
		return new StartForm(EngineMeetingWorkflow.PROCESS, TaskForm.accepting(FormField.text("title", "einen Titel", 200).mandatory()));
	}

	@Bean("sendInvitations")
	JavaDelegate sendInvitations(Meetings meetings) {
		return execution -> {
			List<Meetings.Invitee> invitees = MeetingForms.invitees(execution.getVariable("invitees"));
			int sent = meetings.sendInvitations(meetingId(execution), FormValues.isTrue(execution.getVariable("inviteExperts")),
					FormValues.isTrue(execution.getVariable("inviteMunicipalities")), invitees);
			execution.setVariable("invitationCount", sent);
		};
	}

	@Bean("sendMeetingReminders")
	JavaDelegate sendMeetingReminders(Meetings meetings) {
		return execution -> meetings.sendReminders(meetingId(execution));
	}

	@Bean("prepareMeetingRecord")
	TaskListener prepareMeetingRecord(Meetings meetings) {
		return task -> task.setVariableLocal("registrationOptions", json(meetings.read(meetingId(task.getExecution()),
				meeting -> meeting.confirmed().stream().map(MeetingSteps::option).toList())));
	}

	@Bean("closeMeeting")
	JavaDelegate closeMeeting(Meetings meetings) {
		return execution -> meetings.adopt(meetingId(execution), List.of());
	}

	@Bean("recordMeetingCancellation")
	JavaDelegate recordMeetingCancellation(Meetings meetings) {
		return execution -> meetings.recordCancellation(meetingId(execution), (String) execution.getVariable("cancellationReason"));
	}

	static Map<String, String> option(Registration registration) {
		return Map.of("label", registration.name() + (registration.organisation() == null ? "" : " (" + registration.organisation() + ")"),
				"value", registration.id().toString());
	}

	/**
	 * Options for a form's checklist as a Json variable: Tasklist submits the checked values with the type of
	 * the options variable, and only Json (not a serialized Java list) takes a list of strings back.
	 */
	static org.camunda.spin.plugin.variable.value.JsonValue json(Object value) {
		try {
			return org.camunda.spin.plugin.variable.SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

	static UUID meetingId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable("meetingId"));
	}
}
