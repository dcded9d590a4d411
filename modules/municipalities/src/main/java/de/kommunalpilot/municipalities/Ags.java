package de.kommunalpilot.municipalities;

import java.util.regex.Pattern;

/**
 * Amtlicher Gemeindeschlüssel: eight digits, {@code 08} for Baden-Württemberg, then Regierungsbezirk (1-4),
 * Kreis and Gemeinde. The first five digits are the Kreisschlüssel.
 */
public record Ags(String value) {

	/** Also used for Bean Validation of incoming requests. */
	public static final String PATTERN = "08[1-4]\\d{5}";

	public static final String MESSAGE = "Der Amtliche Gemeindeschlüssel besteht aus acht Ziffern und beginnt in "
			+ "Baden-Württemberg mit 081 bis 084.";

	private static final Pattern BADEN_WUERTTEMBERG = Pattern.compile(PATTERN);

	public Ags {
		if (value == null || !BADEN_WUERTTEMBERG.matcher(value).matches()) {
			throw new IllegalArgumentException(MESSAGE);
		}
	}

	public String districtKey() {
		return value.substring(0, 5);
	}
}
