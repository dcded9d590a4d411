package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.platform.FormFields.date;
import static de.kommunalpilot.platform.FormFields.number;
import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.EngineSystemCalls;
import de.kommunalpilot.platform.Topic;

/**
 * What each completed user task writes to the pilot. Values are validated before
 * ({@link PilotFormValidator}).
 */
@Component
class PilotTaskHandlers {

	private final Pilots pilots;
	private final CurrentUser currentUser;
	private final EngineSystemCalls systemCalls;

	PilotTaskHandlers(Pilots pilots, CurrentUser currentUser, EngineSystemCalls systemCalls) {
		this.pilots = pilots;
		this.currentUser = currentUser;
		this.systemCalls = systemCalls;
	}

	/** The plan's milestones: a list from API clients, or the form's numbered fields (up to 8). */
	static List<java.util.Map<String, Object>> milestones(java.util.Map<String, Object> variables) {
		return FormValues.rows(variables, MILESTONES, "milestone", List.of("title", "dueDate"), 8);
	}

	void handle(DelegateTask task) {
		PilotId pilot = PilotId.of((String) task.getVariable(PILOT_ID));
		switch (task.getTaskDefinitionKey()) {
			case "Task_CaptureNeeds" -> captureNeeds(task, pilot);
			case "Task_ChoosePractice" -> pilots.choosePractice(pilot, text(task, PRACTICE_CODE));
			case "Task_KickOff" -> pilots.addNote(text(task, REFERENCE), currentUser.id(), "Auftaktgespräch am "
					+ date(task.getVariable("kickOffDate")).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " mit " + text(task, "kickOffParticipants") + ": "
					+ text(task, "kickOffNotes"));
			case "Task_CreatePlan" -> createPlan(task, pilot);
			case "Task_ImplementMilestone" -> implementMilestone(task, pilot);
			case "Task_ClarifyDelay" -> pilots.noteDelay(pilot, UUID.fromString(text(task, MILESTONE_ID)),
					text(task, "delayResolution"), date(task.getVariable("newDueDate")));
			case "Task_ClarifyProblem" -> pilots.resolveProblem(pilot, UUID.fromString(text(task, PROBLEM_ID)),
					text(task, "problemResolution"));
			case "Task_WriteDocumentation" -> pilots.document(pilot, text(task, "results"), text(task, "lessonsLearned"),
					text(task, "recommendations"));
			case "Task_RecordFeedback" -> pilots.recordFeedback(pilot, Integer.parseInt(text(task, "feedbackRating")),
					text(task, "feedbackText"));
			case "Task_ApproveClosure" -> {
				if ("rework".equals(task.getVariable(CLOSURE_DECISION))) {
					pilots.commentClosure(pilot, text(task, "closureComment"));
				}
			}
			case "Task_SelectExpert" -> selectExpert(task, pilot);
			case "Task_AnswerRequest" -> pilots.answerRequest(pilot, "accept".equals(task.getVariable(REQUEST_ANSWER)),
					text(task, "requestDeclineReason"));
			default -> {
			}
		}
	}

	private void captureNeeds(DelegateTask task, PilotId pilot) {
		Set<Integer> sdgs = FormValues.list(task.getVariable("sdgs")).stream().map(PilotFormValidator::sdgNumber)
				.collect(Collectors.toCollection(TreeSet::new));
		Integer primarySdg = PilotFormValidator.sdgNumber(task.getVariable("primarySdg"));
		var budget = number(task.getVariable("budget"));
		pilots.captureNeeds(pilot, new Pilots.Needs(text(task, NEEDS), sdgs, primarySdg, Topic.valueOf(text(task, "topic")),
				text(task, "targetGroups"), date(task.getVariable("plannedStart")), date(task.getVariable("plannedEnd")),
				budget, blankToNull(text(task, "preferredLanguage"))));
		// the decision table reads typed values
		task.setVariable("primarySdg", primarySdg);
		task.setVariable("budget", budget == null ? null : budget.doubleValue());
	}

	private void createPlan(DelegateTask task, PilotId pilot) {
		List<Pilots.PlannedMilestone> plan = milestones(task.getVariables()).stream()
				.map(m -> new Pilots.PlannedMilestone(FormValues.text(m.get("title")), date(m.get("dueDate")))).toList();
		pilots.plan(pilot, plan);
		task.setVariable(PLAN_SUMMARY, plan.stream().map(m -> "• " + m.title() + " (fällig am " + m.dueDate() + ")")
				.collect(Collectors.joining("\n")));
	}

	private void implementMilestone(DelegateTask task, PilotId pilot) {
		UUID milestone = UUID.fromString(text(task, MILESTONE_ID));
		pilots.completeMilestone(pilot, milestone, text(task, "milestoneResult"),
				new Pilots.ConsultationEntry(date(task.getVariable("consultationDate")),
						number(task.getVariable("consultationHours")), blankToNull(text(task, "consultationTopic"))),
				currentUser.id());
		if (FormValues.isTrue(task.getVariable("reportProblem"))) {
			UUID problem = pilots.recordProblem(pilot, text(task, PROBLEM_DESCRIPTION), currentUser.id());
			// the expert may report problems on their own pilot without further engine permissions
			systemCalls.run(() -> task.getProcessEngineServices().getRuntimeService()
					.createMessageCorrelation(MESSAGE_PROBLEM)
					.processInstanceId(task.getProcessInstanceId())
					.setVariableLocal(PROBLEM_ID, problem.toString())
					.correlateWithResult());
		}
		// the next milestone's form starts empty
		for (String name : List.of("milestoneResult", "consultationDate", "consultationHours", "consultationTopic",
				"reportProblem", PROBLEM_DESCRIPTION)) {
			task.getExecution().getProcessInstance().removeVariable(name);
		}
	}

	private void selectExpert(DelegateTask task, PilotId pilot) {
		ExpertId expert = ExpertId.of(text(task, EXPERT_ID));
		Integer days = number(task.getVariable(CONSULTATION_DAYS)).intValue();
		String expertUser = pilots.requestExpert(pilot, expert, days);
		String name = pilots.read(pilot, p -> p.assignments().get(p.assignments().size() - 1).expertName());
		task.setVariable(EXPERT_USER, expertUser);
		task.setVariable(EXPERT_NAME, name);
		task.setVariable(CONSULTATION_DAYS, days);
	}

	private static String text(DelegateTask task, String name) {
		return FormValues.text(task.getVariable(name));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
