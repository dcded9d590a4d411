package de.kommunalpilot.platform;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The 17 Sustainable Development Goals of Agenda 2030 with their official German short titles; the
 * shared vocabulary with which pilots, practices and experts describe what they are about.
 */
public enum Sdg {

	SDG_1(1, "Keine Armut"),
	SDG_2(2, "Kein Hunger"),
	SDG_3(3, "Gesundheit und Wohlergehen"),
	SDG_4(4, "Hochwertige Bildung"),
	SDG_5(5, "Geschlechtergleichheit"),
	SDG_6(6, "Sauberes Wasser und Sanitäreinrichtungen"),
	SDG_7(7, "Bezahlbare und saubere Energie"),
	SDG_8(8, "Menschenwürdige Arbeit und Wirtschaftswachstum"),
	SDG_9(9, "Industrie, Innovation und Infrastruktur"),
	SDG_10(10, "Weniger Ungleichheiten"),
	SDG_11(11, "Nachhaltige Städte und Gemeinden"),
	SDG_12(12, "Nachhaltige/r Konsum und Produktion"),
	SDG_13(13, "Maßnahmen zum Klimaschutz"),
	SDG_14(14, "Leben unter Wasser"),
	SDG_15(15, "Leben an Land"),
	SDG_16(16, "Frieden, Gerechtigkeit und starke Institutionen"),
	SDG_17(17, "Partnerschaften zur Erreichung der Ziele");

	private final int number;
	private final String title;

	Sdg(int number, String title) {
		this.number = number;
		this.title = title;
	}

	public int number() {
		return number;
	}

	public String title() {
		return title;
	}

	/** "SDG 11 – Nachhaltige Städte und Gemeinden" */
	public String label() {
		return "SDG " + number + " – " + title;
	}

	public static Sdg of(int number) {
		return Arrays.stream(values()).filter(sdg -> sdg.number == number).findFirst()
				.orElseThrow(() -> new NoSuchElementException("Unbekanntes SDG: " + number + " (erlaubt sind 1 bis 17)."));
	}

	public static boolean isValid(int number) {
		return number >= 1 && number <= 17;
	}
}
