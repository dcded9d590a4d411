package de.kommunalpilot.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.dashboard.Dashboard;
import de.kommunalpilot.municipalities.District;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.pilots.PilotTasks;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Sdg;

/**
 * The leads' dashboard (coordinators may look): every figure links to the list of pilots behind it.
 */
@PageController
class DashboardPage {

	/** How many cases over plan the dashboard names (the period pages list them all). */
	static final int CASES_OVER_PLAN_SHOWN = 20;

	private final Dashboard dashboard;
	private final Municipalities municipalities;
	private final PilotTasks tasks;
	private final de.kommunalpilot.municipalities.MunicipalityMap map;
	private final Ranges ranges;
	private final de.kommunalpilot.funding.Funding funding;
	private final de.kommunalpilot.funding.FundedCases fundedCases;
	private final de.kommunalpilot.dashboard.Indicators indicators;

	DashboardPage(Dashboard dashboard, Municipalities municipalities, PilotTasks tasks, de.kommunalpilot.municipalities.MunicipalityMap map,
			Ranges ranges, de.kommunalpilot.funding.Funding funding, de.kommunalpilot.funding.FundedCases fundedCases,
			de.kommunalpilot.dashboard.Indicators indicators) {
		this.indicators = indicators;
		this.funding = funding;
		this.fundedCases = fundedCases;
		this.dashboard = dashboard;
		this.municipalities = municipalities;
		this.tasks = tasks;
		this.map = map;
		this.ranges = ranges;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("hasAnyAuthority('leads', 'coordinators', 'camunda-admin')")
	String dashboard(@RequestParam(name = "zeitraum", required = false) String chosen, Model model) {
		Dashboard.Range range = ranges.resolve(chosen);
		model.addAttribute("range", range);
		model.addAttribute("zeitraum", chosen == null ? "" : chosen.strip());
		model.addAttribute("choices", ranges.choices());
		de.kommunalpilot.dashboard.Indicators.Headline headline = indicators.headline(range);
		model.addAttribute("totals", headline.totals());
		model.addAttribute("headline", headline);
		model.addAttribute("map", map.draw());
		model.addAttribute("phases", Bar.scale(dashboard.pilotsPerPhase(range).entrySet().stream()
				.map(e -> new Bar(e.getKey().label(), e.getValue(), "/pilotvorhaben?phase=" + e.getKey().name())).toList()));
		Map<String, String> labels = municipalities.districts().stream().collect(Collectors.toMap(District::key, District::label));
		model.addAttribute("districts", Bar.scale(dashboard.pilotsPerDistrict(range).entrySet().stream()
				.map(e -> new Bar(labels.getOrDefault(e.getKey(), e.getKey()), e.getValue(), "/pilotvorhaben?landkreis=" + e.getKey()))
				.toList()));
		model.addAttribute("sdgs", Bar.scale(dashboard.pilotsPerSdg(range).entrySet().stream()
				.map(e -> new Bar(Sdg.of(e.getKey()).label(), e.getValue(), "/pilotvorhaben?sdg=" + e.getKey())).toList()));
		model.addAttribute("enquiries", Bar.scale(dashboard.enquiriesPerMonth(range).entrySet().stream()
				.map(e -> new Bar(e.getKey().toString(), e.getValue(), "/pilotvorhaben?monat=" + e.getKey())).toList()));
		model.addAttribute("overdue", Bar.scale(tasks.overdueByHolder().entrySet().stream()
				.map(e -> new Bar(e.getKey(), e.getValue(), e.getKey().startsWith("Gruppe ") ? "/pilotvorhaben?ueberfaellig=true"
						: "/pilotvorhaben?ueberfaellig=true&expertin=" + e.getKey()))
				.toList()));
		model.addAttribute("cycleTimes", dashboard.cycleTimes(range));
		model.addAttribute("hours", hoursTable(range));
		// budget warnings of the open funding periods: lines and cases that spend more than planned
		model.addAttribute("linesOverPlan", funding.periods().stream().filter(de.kommunalpilot.funding.FundingPeriod::open)
				.flatMap(period -> funding.budget(period).overdrawn().stream().map(line -> new LineOverPlan(period, line))).toList());
		model.addAttribute("casesOverPlan", fundedCases.overPlan(CASES_OVER_PLAN_SHOWN));
		return "dashboard/dashboard";
	}

	private Map<String, Map<String, BigDecimal>> hoursTable(Dashboard.Range range) {
		Map<String, Map<String, BigDecimal>> table = new TreeMap<>(java.util.Comparator.reverseOrder());
		dashboard.hoursPerMonth(range).forEach(row -> table.computeIfAbsent(row.month().toString(), month -> new TreeMap<>())
				.put(row.expertUser(), row.hours()));
		return table;
	}

	/** One bar of a chart; {@code percent} is its length relative to the longest bar. */
	public record Bar(String label, long value, String href, int percent) {

		Bar(String label, long value, String href) {
			this(label.length() > 34 ? label.substring(0, 33) + "…" : label, value, href, 0);
		}

		static List<Bar> scale(List<Bar> bars) {
			long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
			List<Bar> scaled = new ArrayList<>();
			for (Bar bar : bars) {
				scaled.add(new Bar(bar.label(), bar.value(), bar.href(), max == 0 ? 0 : (int) Math.round(100.0 * bar.value() / max)));
			}
			return scaled;
		}
	}

	/** A line of an open period's plan that spends more than planned. */
	record LineOverPlan(de.kommunalpilot.funding.FundingPeriod period, de.kommunalpilot.funding.Budget.Line line) {
	}
}
