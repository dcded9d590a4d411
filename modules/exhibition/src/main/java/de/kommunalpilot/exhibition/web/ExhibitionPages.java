package de.kommunalpilot.exhibition.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.kommunalpilot.exhibition.Exhibition;
import de.kommunalpilot.exhibition.Kit;
import de.kommunalpilot.exhibition.Loan;
import de.kommunalpilot.exhibition.LoanStatus;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.CaseTasks;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Roles;
import de.kommunalpilot.platform.Responsibilities;
import de.kommunalpilot.platform.GermanDates;

/**
 * The exhibition for staff: the occupancy calendar of a month (each kit a row, loan days and shipping
 * buffer marked), the loans with their status, and the page of one loan.
 */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class ExhibitionPages {

	private final Exhibition exhibition;
	private final CaseTasks tasks;
	private final Responsibilities responsibilities;

	ExhibitionPages(Exhibition exhibition, CaseTasks tasks, Responsibilities responsibilities) {
		this.exhibition = exhibition;
		this.tasks = tasks;
		this.responsibilities = responsibilities;
	}

	@GetMapping("/ausstellung")
	String calendar(@RequestParam(name = "monat", required = false) String month,
			@RequestParam(name = "status", required = false) LoanStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		YearMonth shown = parse(month);
		LocalDate first = shown.atDay(1);
		LocalDate last = shown.atEndOfMonth();
		List<Exhibition.Occupation> occupied = exhibition.occupancy(first, last);
		List<Row> rows = new ArrayList<>();
		for (Kit kit : exhibition.kits()) {
			List<Cell> cells = new ArrayList<>();
			for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
				LocalDate d = day;
				Exhibition.Occupation hit = occupied.stream()
						.filter(o -> o.kitCode().equals(kit.code()) && !d.isBefore(o.blockedFrom()) && !d.isAfter(o.blockedUntil()))
						.findFirst().orElse(null);
				String state = hit == null ? "free" : (d.isBefore(hit.from()) || d.isAfter(hit.until())) ? "buffer" : "loan";
				cells.add(new Cell(day, state, hit));
			}
			rows.add(new Row(kit, cells));
		}
		model.addAttribute("month", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("days", first.datesUntil(last.plusDays(1)).toList());
		model.addAttribute("rows", rows);
		model.addAttribute("occupied", occupied);
		model.addAttribute("statuses", LoanStatus.values());
		model.addAttribute("status", status);
		model.addAttribute("loans", exhibition.search(status == null ? EnumSet.allOf(LoanStatus.class) : EnumSet.of(status),
				PageRequest.of(Math.max(page, 0), 20, Sort.by(Sort.Direction.DESC, "createdAt")), loan -> loan));
		return "exhibition/calendar";
	}

	@GetMapping("/ausstellung/{reference}")
	String loan(@PathVariable String reference, Model model, Authentication user) {
		model.addAttribute("loan", exhibition.read(reference, loan -> loan));
		model.addAttribute("handovers", exhibition.read(reference, Loan::responsibilityHistory));
		model.addAttribute("coordinators", exhibition.read(reference, loan -> loan.status().isClosed())
				? List.of() : responsibilities.choicesFor(Roles.groups(user)));
		model.addAttribute("tasks", tasks.open(reference));
		return "exhibition/loan";
	}

	/** Hands it to another coordinator (Fallverantwortung). */
	@PostMapping("/ausstellung/{reference}/verantwortung")
	@PreAuthorize("hasAuthority('coordinators')")
	String handOver(@PathVariable String reference, @RequestParam(required = false) String to, Authentication user,
			RedirectAttributes redirect) {
		return Responsibilities.handOverForm("/ausstellung/" + reference, redirect,
				() -> exhibition.handOver(reference, to, user.getName(), Roles.groups(user)));
	}

	/** Sets who stands in for the responsible coordinator while they are away. */
	@PostMapping("/ausstellung/{reference}/vertretung")
	@PreAuthorize("hasAuthority('coordinators')")
	String substitute(@PathVariable String reference, @RequestParam(required = false) String substitute, Authentication user,
			RedirectAttributes redirect) {
		return Responsibilities.substituteForm("/ausstellung/" + reference, redirect, substitute,
				chosen -> exhibition.setSubstitute(reference, chosen, Roles.groups(user)));
	}

	@PostMapping("/ausstellung/{reference}/stornieren")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	String cancel(@PathVariable String reference, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			exhibition.requestCancellation(reference, reason);
			redirect.addFlashAttribute("info", "Die Ausleihe wurde storniert; das Set ist wieder frei.");
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("cancelError", e.errors().get("reason"));
		}
		return "redirect:/ausstellung/" + reference;
	}

	private static YearMonth parse(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now(GermanDates.ZONE);
		}
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Der Monat muss als JJJJ-MM angegeben werden, z. B. 2027-03.");
		}
	}

	record Row(Kit kit, List<Cell> cells) {
	}

	record Cell(LocalDate day, String state, Exhibition.Occupation occupation) {

		public String title() {
			return occupation == null ? "" : occupation.loanReference() + " · " + occupation.municipalityName()
					+ ("buffer".equals(state) ? " (Versand)" : "");
		}
	}
}
