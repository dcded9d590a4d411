package de.kommunalpilot.exhibition;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A panel (Tafel) of the exhibition; each has one SDG as its focus.
 */
@Entity
@Table(name = "exhibition_panel")
public class Panel {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private int sdg;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private int position;

	protected Panel() {
	}

	public String code() {
		return code;
	}

	public int sdg() {
		return sdg;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public int position() {
		return position;
	}
}
