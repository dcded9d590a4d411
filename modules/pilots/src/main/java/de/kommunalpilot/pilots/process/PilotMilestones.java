package de.kommunalpilot.pilots.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import de.kommunalpilot.pilots.PilotId;
import de.kommunalpilot.pilots.Pilots;

/**
 * Milestone facts the BPMN reads in expressions: which milestones to implement, when each is due and
 * when it counts as overdue (the morning after its due date).
 */
@Component("pilotMilestones")
public class PilotMilestones {

	static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
	private static final LocalTime END_OF_WORKING_DAY = LocalTime.of(17, 0);
	private static final LocalTime OVERDUE_CHECK = LocalTime.of(8, 0);

	private final Pilots pilots;

	PilotMilestones(Pilots pilots) {
		this.pilots = pilots;
	}

	public List<String> plannedIds(String pilotId) {
		return pilots.milestoneIds(PilotId.of(pilotId));
	}

	public Date dueAt(String pilotId, String milestoneId) {
		return Date.from(dueDate(pilotId, milestoneId).atTime(END_OF_WORKING_DAY).atZone(ZONE).toInstant());
	}

	public Date overdueAt(String pilotId, String milestoneId) {
		return Date.from(dueDate(pilotId, milestoneId).plusDays(1).atTime(OVERDUE_CHECK).atZone(ZONE).toInstant());
	}

	LocalDate dueDate(String pilotId, String milestoneId) {
		return pilots.read(PilotId.of(pilotId), pilot -> pilot.milestone(UUID.fromString(milestoneId)).dueDate());
	}
}
