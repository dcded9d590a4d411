package de.kommunalpilot.platform;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every case with a {@link Responsibility} needs around it: who may hand it over (the coordination, to a
 * coordinator), who is away, and the open steps that follow a handover.
 */
@Component
public class Responsibilities {

	public static final String GROUP = "coordinators";

	private final ObjectProvider<UserNames> people;
	private final CaseTasks tasks;

	Responsibilities(ObjectProvider<UserNames> people, CaseTasks tasks) {
		this.people = people;
		this.tasks = tasks;
	}

	/** Who gets the case's next coordination step (see {@link Responsibility#coordinatorForNextStep}); {@code null}: the team. */
	public String coordinatorForNextStep(Responsibility responsibility) {
		UserNames directory = people.getIfAvailable();
		return responsibility.coordinatorForNextStep(user -> directory != null && directory.isAbsent(user));
	}

	/** The coordinators to choose from on a case page; none for who may not hand over. */
	public List<UserNames.Person> choicesFor(Set<String> groups) {
		UserNames directory = people.getIfAvailable();
		return groups.contains(GROUP) && directory != null ? directory.membersOf(GROUP) : List.of();
	}

	/** Refuses who is not in the coordination, and a {@code coordinator} who is not one ({@code field} names the input). */
	void check(Set<String> groups, String coordinator, String field) {
		if (!groups.contains(GROUP)) {
			throw new NotPermittedException("Die Fallverantwortung legt die Koordination fest.");
		}
		if (coordinator == null) {
			if ("to".equals(field)) {
				throw new InvalidInputException(Map.of(field, "Bitte eine Person aus der Koordination wählen."));
			}
			return;
		}
		Predicate<UserNames.Person> chosen = person -> person.userId().equals(coordinator);
		UserNames directory = people.getIfAvailable();
		if (directory == null || directory.membersOf(GROUP).stream().noneMatch(chosen)) {
			throw new InvalidInputException(Map.of(field, "Bitte eine Person aus der Koordination wählen."));
		}
	}

	/**
	 * Hands the case to another coordinator; only the coordination hands over, and only to a coordinator. The
	 * case's open coordination steps that were the previous coordinator's or the team's now wait for {@code to}.
	 */
	public void handOver(ResponsibleCase handed, String to, String by, Set<String> groups) {
		check(groups, to, "to");
		String from = handed.responsibility().responsible();
		handed.handOver(to, by);
		tasks.handOver(handed.reference(), GROUP, from, to);
	}

	/** Sets (or with {@code null} removes) who stands in for the responsible coordinator. */
	public void setSubstitute(ResponsibleCase handed, String substitute, Set<String> groups) {
		check(groups, substitute, "substitute");
		handed.setSubstitute(substitute);
	}

	/**
	 * The case page's handover form: runs it, tells the page how it went (flash attributes the card shows) and
	 * goes back to the card.
	 */
	public static String handOverForm(String page, RedirectAttributes redirect, Runnable handOver) {
		try {
			handOver.run();
			redirect.addFlashAttribute("handoverDone", true);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("handoverError", e.errors().get("to"));
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("handoverError", e.getMessage());
		}
		return "redirect:" + page + "#verantwortung";
	}

	/** The case page's substitute form; an empty choice removes the substitute. */
	public static String substituteForm(String page, RedirectAttributes redirect, String substitute,
			java.util.function.Consumer<String> set) {
		try {
			set.accept(substitute == null || substitute.isBlank() ? null : substitute);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("substituteError", e.errors().get("substitute"));
		}
		return "redirect:" + page + "#verantwortung";
	}
}
