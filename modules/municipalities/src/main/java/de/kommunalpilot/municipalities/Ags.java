package de.kommunalpilot.municipalities;

import java.util.regex.Pattern;

/**
 * Amtlicher Gemeindeschlüssel: eight digits, {@code 08} for Baden-Württemberg, then Regierungsbezirk,
 * Kreis and Gemeinde.
 */
public record Ags(String value) {

	private static final Pattern BADEN_WUERTTEMBERG = Pattern.compile("08[1-4]\\d{5}");

	public Ags {
		if (value == null || !BADEN_WUERTTEMBERG.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"Ungültiger Amtlicher Gemeindeschlüssel: acht Ziffern, beginnend mit 081 bis 084 (Baden-Württemberg).");
		}
	}
}
