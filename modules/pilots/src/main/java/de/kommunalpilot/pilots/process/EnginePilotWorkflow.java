package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.Pilot;
import de.kommunalpilot.pilots.PilotWorkflow;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/**
 * The engine side of {@link PilotWorkflow}: the business key of a pilot's process is its reference.
 */
@Component
class EnginePilotWorkflow implements PilotWorkflow {

	private final RuntimeService runtime;
	private final EngineSystemCalls systemCalls;
	private final TaskService tasks;

	EnginePilotWorkflow(RuntimeService runtime, EngineSystemCalls systemCalls, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.systemCalls = systemCalls;
	}

	@Override
	public void start(Pilot pilot) {
		runtime.createProcessInstanceByKey(PILOT_PROCESS)
				.businessKey(pilot.reference())
				.setVariables(Map.of(PILOT_ID, pilot.id().toString(), REFERENCE, pilot.reference(), MUNICIPALITY,
						pilot.municipalityName(), TITLE, pilot.title(), "enquiry", pilot.enquiry(), "contactName",
						pilot.contactName() == null ? "" : pilot.contactName(), "contactEmail",
						pilot.contactEmail() == null ? "" : pilot.contactEmail()))
				.execute();
	}

	@Override
	public void cancel(Pilot pilot, String reason) {
		// the domain checked who may cancel; the correlation itself needs no engine permission
		systemCalls.run(() -> runtime.createMessageCorrelation(MESSAGE_CANCELLED)
				.processInstanceBusinessKey(pilot.reference())
				.setVariableLocal(CANCELLATION_REASON, reason)
				.correlateWithResult());
	}

	@Override
	public boolean completeFeedback(Pilot pilot, String rating, String text) {
		return systemCalls.run(() -> {
			Task task = tasks.createTaskQuery().processInstanceBusinessKey(pilot.reference())
					.taskDefinitionKey("Task_RecordFeedback").singleResult();
			if (task == null) {
				return false;
			}
			tasks.complete(task.getId(), Map.of("feedbackRating", rating, "feedbackText", text));
			return true;
		});
	}

	@Override
	public void problemReported(Pilot pilot, UUID problemId) {
		systemCalls.run(() -> runtime.createMessageCorrelation(MESSAGE_PROBLEM)
				.processInstanceBusinessKey(pilot.reference())
				.setVariableLocal(PROBLEM_ID, problemId.toString())
				.correlateWithResult());
	}
}
