package de.kommunalpilot.pilots;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.domain.Specification;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import de.kommunalpilot.platform.GermanDates;

/**
 * What the pilot list shows: every criterion is optional.
 *
 * @param expertUser only pilots this expert was asked for or works on
 * @param visibleTo the viewing expert (experts see only their own pilots); {@code null} for staff
 * @param overdueReferences pilots with an overdue open task; when set (even empty) the list shows only
 *     those and the pilots with an overdue milestone
 * @param text free text over reference, municipality and title
 * @param createdIn only pilots whose enquiry came in that month
 * @param responsibleCoordinator only pilots this coordinator looks after (Fallverantwortung)
 */
public record PilotFilter(PilotPhase phase, String districtKey, String municipality, String expertUser, Integer sdg,
		String text, String visibleTo, Set<String> overdueReferences, java.time.YearMonth createdIn, String responsibleCoordinator) {

	public PilotFilter(PilotPhase phase, String districtKey, String municipality, String expertUser, Integer sdg, String text,
			String visibleTo, Set<String> overdueReferences, java.time.YearMonth createdIn) {
		this(phase, districtKey, municipality, expertUser, sdg, text, visibleTo, overdueReferences, createdIn, null);
	}

	private static final List<Assignment.Status> INVOLVED = List.of(Assignment.Status.REQUESTED,
			Assignment.Status.ACCEPTED, Assignment.Status.ENDED);

	public static PilotFilter none() {
		return new PilotFilter(null, null, null, null, null, null, null, null, null);
	}

	Specification<Pilot> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (phase != null) {
				predicates.add(cb.equal(root.get("phase"), phase));
			}
			if (districtKey != null) {
				predicates.add(cb.equal(root.get("districtKey"), districtKey));
			}
			if (responsibleCoordinator != null) {
				predicates.add(cb.equal(root.get("responsibility").get("responsible"), responsibleCoordinator));
			}
			if (municipality != null) {
				predicates.add(cb.equal(root.get("municipalityName"), municipality));
			}
			if (sdg != null) {
				predicates.add(cb.isMember(sdg, root.<java.util.Collection<Integer>>get("sdgs")));
			}
			for (String user : new String[] { expertUser, visibleTo }) {
				if (user != null) {
					Subquery<Assignment> involved = query.subquery(Assignment.class);
					Root<Assignment> assignment = involved.from(Assignment.class);
					involved.select(assignment).where(cb.equal(assignment.get("pilot"), root),
							cb.equal(assignment.get("expertUser"), user), assignment.get("status").in(INVOLVED));
					predicates.add(cb.exists(involved));
				}
			}
			if (text != null) {
				String pattern = "%" + text.toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("reference")), pattern),
						cb.like(cb.lower(root.get("municipalityName")), pattern),
						cb.like(cb.lower(root.get("title")), pattern)));
			}
			if (createdIn != null) {
				java.time.ZoneId zone = java.time.ZoneId.of("Europe/Berlin");
				predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), createdIn.atDay(1).atStartOfDay(zone).toInstant()));
				predicates.add(cb.lessThan(root.get("createdAt"), createdIn.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
			}
			if (overdueReferences != null) {
				Subquery<Milestone> late = query.subquery(Milestone.class);
				Root<Milestone> milestone = late.from(Milestone.class);
				late.select(milestone).where(cb.equal(milestone.get("pilot"), root),
						cb.equal(milestone.get("status"), Milestone.Status.PLANNED),
						cb.lessThan(milestone.get("dueDate"), LocalDate.now(GermanDates.ZONE)));
				predicates.add(overdueReferences.isEmpty() ? cb.exists(late)
						: cb.or(cb.exists(late), root.get("reference").in(overdueReferences)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}
}
