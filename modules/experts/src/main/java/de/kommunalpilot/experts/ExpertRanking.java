package de.kommunalpilot.experts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.kommunalpilot.experts.Experts.RankedExpert;
import de.kommunalpilot.experts.Experts.RankingRequest;
import de.kommunalpilot.municipalities.District;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.platform.Topic;

/**
 * Scores experts for a pilot: shared SDGs (3 each), shared topics (2 each), the pilot's district in
 * their region (4) or at least its Regierungsbezirk (2), the requested language (2), minus 2 for each
 * pilot they already work on. Unavailable experts, experts without a login and excluded ones are left out.
 */
class ExpertRanking {

	static final int PER_SDG = 3;
	static final int PER_TOPIC = 2;
	static final int SAME_DISTRICT = 4;
	static final int SAME_REGION = 2;
	static final int LANGUAGE = 2;
	static final int PER_ACTIVE_ASSIGNMENT = -2;

	private final Municipalities municipalities;

	ExpertRanking(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	List<RankedExpert> rank(List<Expert> pool, RankingRequest request) {
		District district = request.districtKey() == null ? null : municipalities.district(request.districtKey());
		Set<String> regionOfDistrict = district == null ? Set.of()
				: municipalities.districts().stream()
						.filter(candidate -> candidate.administrativeRegion().equals(district.administrativeRegion()))
						.map(District::key).collect(Collectors.toSet());

		List<Scored> scored = pool.stream()
				.filter(Expert::available)
				.filter(expert -> expert.userId() != null)
				.filter(expert -> request.excluded() == null || !request.excluded().contains(expert.id()))
				.map(expert -> score(expert, request, district, regionOfDistrict))
				.sorted(Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.expert().name()))
				.toList();

		List<RankedExpert> ranking = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored entry = scored.get(i);
			ranking.add(new RankedExpert(i + 1, entry.expert().id(), entry.expert().name(), entry.expert().userId(),
					entry.score(), entry.reasons()));
		}
		return ranking;
	}

	private Scored score(Expert expert, RankingRequest request, District district, Set<String> regionOfDistrict) {
		int score = 0;
		List<String> reasons = new ArrayList<>();

		Set<Integer> sharedSdgs = new TreeSet<>(expert.sdgs());
		sharedSdgs.retainAll(request.sdgs() == null ? Set.of() : request.sdgs());
		if (!sharedSdgs.isEmpty()) {
			score += PER_SDG * sharedSdgs.size();
			reasons.add(sharedSdgs.size() + (sharedSdgs.size() == 1 ? " gemeinsames SDG (" : " gemeinsame SDGs (")
					+ sharedSdgs.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
		}

		Set<Topic> sharedTopics = new TreeSet<>(expert.topics());
		sharedTopics.retainAll(request.topics() == null ? Set.of() : request.topics());
		if (!sharedTopics.isEmpty()) {
			score += PER_TOPIC * sharedTopics.size();
			reasons.add("Thema " + sharedTopics.stream().map(Topic::label).collect(Collectors.joining(", ")));
		}

		if (district != null && expert.regions().contains(district.key())) {
			score += SAME_DISTRICT;
			reasons.add("Einsatzgebiet " + district.label());
		}
		else if (district != null && expert.regions().stream().anyMatch(regionOfDistrict::contains)) {
			score += SAME_REGION;
			reasons.add("Einsatzgebiet im Regierungsbezirk " + district.administrativeRegion());
		}
		else {
			reasons.add("kein Einsatzgebiet in der Nähe");
		}

		if (request.language() != null && !request.language().isBlank() && expert.languages().stream()
				.anyMatch(language -> language.equalsIgnoreCase(request.language().strip()))) {
			score += LANGUAGE;
			reasons.add("spricht " + request.language().strip());
		}

		int active = expert.activeAssignments();
		score += PER_ACTIVE_ASSIGNMENT * active;
		reasons.add(active == 0 ? "derzeit frei" : "derzeit " + active + (active == 1 ? " laufendes Vorhaben" : " laufende Vorhaben"));
		return new Scored(expert, score, reasons);
	}

	private record Scored(Expert expert, int score, List<String> reasons) {
	}
}
