package de.kommunalpilot.municipalities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Stadt- or Landkreis of Baden-Württemberg (reference data shipped with the application), identified
 * by its five-digit Kreisschlüssel.
 */
@Entity
@Table(name = "municipality_district")
public class District {

	public enum Kind {
		STADTKREIS, LANDKREIS
	}

	@Id
	private String key;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(name = "administrative_region", nullable = false)
	private String administrativeRegion;

	protected District() {
	}

	District(String key, String name, Kind kind, String administrativeRegion) {
		this.key = key;
		this.name = name;
		this.kind = kind;
		this.administrativeRegion = administrativeRegion;
	}

	public String key() {
		return key;
	}

	public String name() {
		return name;
	}

	public Kind kind() {
		return kind;
	}

	/** Regierungsbezirk: Stuttgart, Karlsruhe, Freiburg or Tübingen. */
	public String administrativeRegion() {
		return administrativeRegion;
	}

	/** "Landkreis Tübingen", "Stadtkreis Heilbronn"; a name that says „Kreis“ itself stays as it is: "Rems-Murr-Kreis". */
	public String label() {
		if (name.toLowerCase(java.util.Locale.GERMAN).endsWith("kreis")) {
			return name;
		}
		return (kind == Kind.STADTKREIS ? "Stadtkreis " : "Landkreis ") + name;
	}
}
