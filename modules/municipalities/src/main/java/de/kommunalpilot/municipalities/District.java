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

	/** "Landkreis Tübingen", "Stadtkreis Heilbronn". */
	public String label() {
		return (kind == Kind.STADTKREIS ? "Stadtkreis " : "Landkreis ") + name;
	}
}
