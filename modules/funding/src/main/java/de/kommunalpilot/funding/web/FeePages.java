package de.kommunalpilot.funding.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.kommunalpilot.funding.FeeStatement;
import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.funding.MonthlyFeeStatements;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Roles;

/**
 * The experts' fee statements (Honorarabrechnungen): the list for staff, where coordinators draw up a month's statements,
 * and one statement's page — for staff and for its own expert (Tasklist links its steps here); anyone else is told it
 * does not exist.
 */
@PageController
class FeePages {

	private final Fees fees;
	private final MonthlyFeeStatements monthly;

	FeePages(Fees fees, MonthlyFeeStatements monthly) {
		this.fees = fees;
		this.monthly = monthly;
	}

	@GetMapping("/foerderung/honorare")
	@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("statements", fees.statements(PageRequest.of(Math.max(0, page), 50)));
		YearMonth now = YearMonth.now(GermanDates.ZONE);
		List<String[]> months = new ArrayList<>();
		for (int back = 0; back <= 3; back++) {
			YearMonth month = now.minusMonths(back);
			months.add(new String[] { month.toString(), FeeStatement.monthLabel(month) });
		}
		model.addAttribute("months", months);
		model.addAttribute("lastMonth", now.minusMonths(1).toString());
		return "funding/fees";
	}

	@PostMapping("/foerderung/honorare")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	String draw(@RequestParam(required = false) String month, RedirectAttributes redirect) {
		YearMonth chosen;
		try {
			chosen = YearMonth.parse(month == null ? "" : month.strip());
		}
		catch (DateTimeParseException e) {
			redirect.addFlashAttribute("error", "Bitte einen Monat wählen.");
			return "redirect:/foerderung/honorare";
		}
		if (chosen.isAfter(YearMonth.now(GermanDates.ZONE)) || chosen.isBefore(YearMonth.now(GermanDates.ZONE).minusYears(2))) {
			redirect.addFlashAttribute("error", "Abgerechnet werden der laufende Monat und Monate der letzten zwei Jahre.");
			return "redirect:/foerderung/honorare";
		}
		int drawn = monthly.draw(chosen);
		redirect.addFlashAttribute("info", drawn == 0 ? "Für diesen Monat gibt es keine Beratungsstunden, die noch nicht abgerechnet sind."
				: drawn + (drawn == 1 ? " Honorarabrechnung ist" : " Honorarabrechnungen sind")
						+ " erstellt; die Expert*innen bestätigen sie in der Aufgabenliste.");
		return "redirect:/foerderung/honorare";
	}

	@GetMapping("/foerderung/honorare/{reference}")
	String statement(@PathVariable String reference, Authentication user, Model model) {
		FeeStatement statement = fees.get(reference);
		if (!Roles.isStaff(user) && !statement.expertUser().equals(user.getName())) {
			throw new NoSuchElementException("Keine Honorarabrechnung " + reference + ".");
		}
		model.addAttribute("statement", statement);
		return "funding/fee";
	}
}
