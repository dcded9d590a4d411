package de.kommunalpilot.documents;

import java.util.Set;

import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.pilots.Pilots;

/**
 * Who may see and add documents of a case: the case's own rules. A pilot's documents follow the pilot
 * (staff, and the experts asked for it); loans and meetings are staff business; the guide is for everyone
 * signed in.
 */
@Component
class DocumentAccess {

	private final Pilots pilots;
	private final Exhibition exhibition;
	private final Meetings meetings;

	DocumentAccess(Pilots pilots, Exhibition exhibition, Meetings meetings) {
		this.meetings = meetings;
		this.pilots = pilots;
		this.exhibition = exhibition;
	}

	/** Throws {@link java.util.NoSuchElementException} for an unknown case. */
	boolean canRead(OwnerType type, String ownerId, String user, Set<String> groups) {
		return switch (type) {
			case PILOT -> pilots.read(ownerId, pilot -> Pilots.visibleTo(pilot, user, groups));
			case LOAN -> exists(type, ownerId) && isStaff(groups);
			case MEETING -> exists(type, ownerId) && isStaff(groups);
			case GUIDE -> true;
		};
	}

	boolean canWrite(OwnerType type, String ownerId, String user, Set<String> groups) {
		return switch (type) {
			case PILOT -> canRead(type, ownerId, user, groups);
			case LOAN, MEETING -> exists(type, ownerId)
					&& (groups.contains(Groups.COORDINATORS) || groups.contains(Groups.ADMINS));
			case GUIDE -> false;
		};
	}

	private boolean exists(OwnerType type, String ownerId) {
		if (type == OwnerType.LOAN) {
			exhibition.read(ownerId, loan -> loan.reference());
		}
		else if (type == OwnerType.MEETING) {
			meetings.read(ownerId, meeting -> meeting.reference());
		}
		return true;
	}

	static boolean isStaff(Set<String> groups) {
		return groups.contains(Groups.COORDINATORS) || groups.contains(Groups.LEADS) || groups.contains(Groups.ADMINS);
	}
}
