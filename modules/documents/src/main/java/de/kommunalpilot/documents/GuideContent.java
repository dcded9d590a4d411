package de.kommunalpilot.documents;

import java.math.BigDecimal;
import java.util.List;

/** What the guide says, gathered from the catalogue, the completed pilots and the exhibition. */
public record GuideContent(String edition, List<PracticeSection> practices, List<PilotSection> pilots, List<KitSection> kits,
		List<PanelSection> panels) {

	public record PracticeSection(String code, String title, String summary, String prerequisites, String effort,
			List<String> sdgs, List<String> topics, List<EvidenceLine> evidence) {
	}

	public record EvidenceLine(String pilotReference, String municipality, String summary) {
	}

	public record PilotSection(String reference, String municipality, String title, List<String> practices, String expert,
			BigDecimal hours, String results, String lessonsLearned, String recommendations, String feedback) {
	}

	public record KitSection(String name, String description, int panels) {
	}

	public record PanelSection(int sdg, String title, String description) {
	}
}
