package de.kommunalpilot.pilots.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

import de.kommunalpilot.pilots.PilotFilter;
import de.kommunalpilot.pilots.PilotPhase;

/**
 * The pilot list's filter, sort and page as they stand in the URL (bookmarkable; German parameter names
 * as users see them). Unknown values are ignored rather than failing the page.
 */
public record PilotListQuery(String phase, String landkreis, String kommune, String expertin, Integer sdg,
		Boolean ueberfaellig, String monat, String q, String sort, String richtung, Integer seite, Integer groesse,
		String verantwortlich) {

	/** {@code verantwortlich=ich}: the pilots the signed-in coordinator looks after. */
	static final String ME = "ich";

	static final Map<String, String> SORTABLE = Map.of("referenz", "referenceOrder", "kommune", "municipalityName", "phase",
			"phase", "titel", "title", "angelegt", "createdAt");
	static final int DEFAULT_SIZE = 25;

	public PilotPhase phaseValue() {
		try {
			return phase == null || phase.isBlank() ? null : PilotPhase.valueOf(phase);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	public PilotFilter filter(String visibleTo, Set<String> overdueReferences) {
		return filter(visibleTo, overdueReferences, null);
	}

	/** @param me the signed-in user, for {@code verantwortlich=ich} */
	public PilotFilter filter(String visibleTo, Set<String> overdueReferences, String me) {
		String responsible = ME.equals(blank(verantwortlich)) ? me : blank(verantwortlich);
		return new PilotFilter(phaseValue(), blank(landkreis), blank(kommune), blank(expertin),
				sdg != null && sdg >= 1 && sdg <= 17 ? sdg : null, blank(q), visibleTo,
				Boolean.TRUE.equals(ueberfaellig) ? overdueReferences : null, month(), responsible);
	}

	public java.time.YearMonth month() {
		try {
			return monat == null || monat.isBlank() ? null : java.time.YearMonth.parse(monat.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	public String sortKey() {
		return sort != null && SORTABLE.containsKey(sort) ? sort : "referenz";
	}

	public boolean descending() {
		return !"auf".equals(richtung);
	}

	public int page() {
		return seite == null || seite < 0 ? 0 : seite;
	}

	public int size() {
		return groesse == null || groesse < 1 || groesse > 200 ? DEFAULT_SIZE : groesse;
	}

	public Pageable pageable() {
		Sort order = Sort.by(descending() ? Sort.Direction.DESC : Sort.Direction.ASC, SORTABLE.get(sortKey()));
		return PageRequest.of(page(), size(), order.and(Sort.by(Sort.Direction.DESC, "referenceOrder")));
	}

	/** The URL of this list with some parameters changed (null removes one). */
	public String with(String... changes) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("phase", blank(phase));
		parameters.put("landkreis", blank(landkreis));
		parameters.put("kommune", blank(kommune));
		parameters.put("expertin", blank(expertin));
		parameters.put("verantwortlich", blank(verantwortlich));
		parameters.put("sdg", sdg);
		parameters.put("ueberfaellig", Boolean.TRUE.equals(ueberfaellig) ? true : null);
		parameters.put("monat", month() == null ? null : month().toString());
		parameters.put("q", blank(q));
		parameters.put("sort", sort);
		parameters.put("richtung", richtung);
		parameters.put("seite", seite);
		for (int i = 0; i + 1 < changes.length; i += 2) {
			parameters.put(changes[i], changes[i + 1]);
		}
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/pilotvorhaben");
		parameters.forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				url.queryParam(name, value);
			}
		});
		return url.encode().build().toUriString();
	}

	/** The same filter as CSV. */
	public String csv() {
		return with("seite", null).replaceFirst("^/pilotvorhaben", "/pilotvorhaben.csv");
	}

	/** Link of a column header: sorts by the column, toggles the direction when already sorted by it. */
	public String sortLink(String key) {
		String direction = key.equals(sortKey()) && descending() ? "auf" : "ab";
		return with("sort", key, "richtung", direction, "seite", null);
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
