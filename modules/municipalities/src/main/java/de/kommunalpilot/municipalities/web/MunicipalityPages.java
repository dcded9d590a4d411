package de.kommunalpilot.municipalities.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.municipalities.Agenda2030Status;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.municipalities.Municipality;
import de.kommunalpilot.municipalities.MunicipalityActivities;
import de.kommunalpilot.municipalities.MunicipalityMap;
import de.kommunalpilot.municipalities.MunicipalityRegister;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.Sdg;

/**
 * The register for staff: a paged, filterable list of all municipalities and Landkreise (Kreis, Regierungsbezirk,
 * with pilots, Agenda-2030 status, name/postcode/key) with the map, and a page per municipality with its key data,
 * contact persons, pilots, loans, meeting participations and the SDGs it works on.
 */
@PageController
@PreAuthorize("hasAnyAuthority('coordinators', 'leads', 'camunda-admin')")
class MunicipalityPages {

	static final int PAGE_SIZE = 50;

	private final Municipalities municipalities;
	private final ObjectProvider<MunicipalityActivities> activities;
	private final MunicipalityMap map;

	MunicipalityPages(Municipalities municipalities, ObjectProvider<MunicipalityActivities> activities, MunicipalityMap map) {
		this.municipalities = municipalities;
		this.activities = activities;
		this.map = map;
	}

	@GetMapping("/kommunen")
	String list(@RequestParam(name = "kreis", required = false) String district, @RequestParam(name = "bezirk", required = false) String region,
			@RequestParam(name = "status", required = false) String status, @RequestParam(name = "vorhaben", required = false) String withPilots,
			@RequestParam(name = "q", required = false) String text, @RequestParam(name = "seite", defaultValue = "0") String page, Model model) {
		Agenda2030Status chosen = java.util.Arrays.stream(Agenda2030Status.values()).filter(s -> s.name().equals(status)).findFirst()
				.orElse(null);
		Set<UUID> among = "ja".equals(withPilots) ? pilotMunicipalities() : null;
		String search = text == null ? null : text.strip().substring(0, Math.min(text.strip().length(), 100));
		Page<Municipality> found = municipalities.register(district, region, chosen, among, search,
				PageRequest.of(pageNumber(page), PAGE_SIZE, Sort.by("name")));
		model.addAttribute("page", found);
		model.addAttribute("districts", municipalities.districts());
		model.addAttribute("districtLabels", districtLabels());
		model.addAttribute("regions", municipalities.regions());
		model.addAttribute("statuses", Agenda2030Status.values());
		model.addAttribute("filter", filter(district, region, chosen, withPilots, search));
		model.addAttribute("map", map.draw());
		model.addAttribute("attribution", MunicipalityRegister.ATTRIBUTION);
		return "municipalities/list";
	}

	@GetMapping("/kommunen/{ags}")
	String detail(@PathVariable String ags, Model model) {
		Municipality municipality = (ags.matches("\\d{8}") ? municipalities.findByAgs(ags) : java.util.Optional.<Municipality>empty())
				.orElseThrow(() -> new NoSuchElementException("Keine Kommune mit dem Schlüssel " + ags + "."));
		Map<String, List<MunicipalityActivities.Activity>> sections = new LinkedHashMap<>();
		Set<Integer> sdgs = new TreeSet<>();
		activities.orderedStream().forEach(provider -> {
			List<MunicipalityActivities.Activity> found = provider.of(municipality);
			sections.put(provider.heading(), found);
			found.forEach(activity -> sdgs.addAll(activity.sdgs()));
		});
		model.addAttribute("municipality", municipality);
		model.addAttribute("district", municipalities.isDistrict(municipality.districtKey()) ? municipalities.district(municipality.districtKey())
				: null);
		model.addAttribute("sections", sections);
		model.addAttribute("sdgs", sdgs.stream().map(Sdg::of).toList());
		model.addAttribute("attribution", MunicipalityRegister.ATTRIBUTION);
		return "municipalities/detail";
	}

	private Set<UUID> pilotMunicipalities() {
		Set<UUID> ids = new java.util.HashSet<>();
		activities.orderedStream().filter(MunicipalityActivities::onMap).forEach(provider -> ids.addAll(provider.summary().keySet()));
		return ids;
	}

	private Map<String, String> districtLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		municipalities.districts().forEach(d -> labels.put(d.key(), d.label()));
		return labels;
	}

	private static Map<String, String> filter(String district, String region, Agenda2030Status status, String withPilots, String text) {
		Map<String, String> filter = new LinkedHashMap<>();
		filter.put("kreis", district == null ? "" : district);
		filter.put("bezirk", region == null ? "" : region);
		filter.put("status", status == null ? "" : status.name());
		filter.put("vorhaben", "ja".equals(withPilots) ? "ja" : "");
		filter.put("q", text == null ? "" : text);
		return filter;
	}

	private static int pageNumber(String page) {
		try {
			return Math.max(0, Math.min(Integer.parseInt(page.strip()), 10_000));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}
}
