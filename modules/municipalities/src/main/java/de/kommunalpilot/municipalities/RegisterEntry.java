package de.kommunalpilot.municipalities;

import java.math.BigDecimal;

/**
 * What the official register (Destatis Gemeindeverzeichnis) says about one municipality or Landkreis.
 *
 * @param officialName as the register writes it: „Böblingen, Stadt“
 * @param name as people write it: „Stadt Böblingen“
 * @param association Gemeindeverband (Verwaltungsgemeinschaft, Gemeindeverwaltungsverband); none for a Landkreis
 */
public record RegisterEntry(String ags, Municipality.Kind kind, String officialName, String name, String association,
		BigDecimal areaKm2, Integer population, String postcode, Double longitude, Double latitude, String urbanisation) {

	/** „Böblingen, Stadt“ → „Stadt Böblingen“; „Gutach (Schwarzwaldbahn)“ stays; an unincorporated area says so. */
	public static String commonName(String officialName) {
		int comma = officialName.lastIndexOf(", ");
		if (comma < 0) {
			return officialName;
		}
		String base = officialName.substring(0, comma);
		String suffix = officialName.substring(comma + 2);
		return suffix.startsWith("gemeindefrei") ? base + " (" + suffix + ")" : suffix + " " + base;
	}
}
