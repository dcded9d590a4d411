package de.kommunalpilot.platform;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Fields of municipal development policy in which the programme works; shared by pilots, practices and
 * the experts' profiles. In the API's description one named type (generated clients get one enum, not one per field).
 */
@io.swagger.v3.oas.annotations.media.Schema(enumAsRef = true)
public enum Topic {

	INTEGRATION("Integration und Teilhabe"),
	EDUCATION("Bildung für nachhaltige Entwicklung"),
	CLIMATE("Klima und Umwelt"),
	FAIR_TRADE("Fairer Handel und Beschaffung"),
	PARTNERSHIP("Kommunale Partnerschaften"),
	PARTICIPATION("Beteiligung und Engagement"),
	HEALTH("Gesundheit"),
	GENDER("Gleichstellung"),
	ECONOMY("Wirtschaft und Arbeit");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public static Topic of(String name) {
		return Arrays.stream(values()).filter(topic -> topic.name().equalsIgnoreCase(name)).findFirst()
				.orElseThrow(() -> new NoSuchElementException("Unbekanntes Thema: " + name + "."));
	}
}
