package de.kommunalpilot.documents;

import java.util.Set;

import org.springframework.stereotype.Component;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.funding.TravelClaims;
import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.meetings.Meetings;
import de.kommunalpilot.pilots.Pilots;

/**
 * Who may see and add documents of a case: the case's own rules. A pilot's documents follow the pilot
 * (staff, and the experts asked for it); loans and meetings are staff business; the guide is for everyone
 * signed in; a travel claim's receipts are its expert's and staff's, an expenditure's receipts staff's.
 */
@Component
class DocumentAccess {

	private final Pilots pilots;
	private final Exhibition exhibition;
	private final Meetings meetings;
	private final TravelClaims travelClaims;
	private final Funding funding;

	DocumentAccess(Pilots pilots, Exhibition exhibition, Meetings meetings, TravelClaims travelClaims, Funding funding) {
		this.meetings = meetings;
		this.travelClaims = travelClaims;
		this.funding = funding;
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
			case TRAVEL -> isOwnClaim(ownerId, user) || isStaff(groups);
			case EXPENDITURE -> exists(type, ownerId) && isStaff(groups);
		};
	}

	boolean canWrite(OwnerType type, String ownerId, String user, Set<String> groups) {
		return switch (type) {
			case PILOT -> canRead(type, ownerId, user, groups);
			case LOAN, MEETING -> exists(type, ownerId)
					&& (groups.contains(Groups.COORDINATORS) || groups.contains(Groups.ADMINS));
			case GUIDE -> false;
			// receipts: the expert adds them to their own claim, coordinators to any claim and expenditure
			case TRAVEL -> isOwnClaim(ownerId, user) || groups.contains(Groups.COORDINATORS) || groups.contains(Groups.ADMINS);
			case EXPENDITURE -> exists(type, ownerId)
					&& (groups.contains(Groups.COORDINATORS) || groups.contains(Groups.LEADS) || groups.contains(Groups.ADMINS));
		};
	}

	/** Whether the travel claim is the user's own; throws {@link java.util.NoSuchElementException} for an unknown one. */
	private boolean isOwnClaim(String reference, String user) {
		return travelClaims.get(reference).expertUser().equals(user);
	}

	private boolean exists(OwnerType type, String ownerId) {
		if (type == OwnerType.LOAN) {
			exhibition.read(ownerId, loan -> loan.reference());
		}
		else if (type == OwnerType.MEETING) {
			meetings.read(ownerId, meeting -> meeting.reference());
		}
		else if (type == OwnerType.EXPENDITURE) {
			funding.expenditure(ownerId);
		}
		return true;
	}

	static boolean isStaff(Set<String> groups) {
		return groups.contains(Groups.COORDINATORS) || groups.contains(Groups.LEADS) || groups.contains(Groups.ADMINS);
	}
}
