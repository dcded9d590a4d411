package de.kommunalpilot.municipalities;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A municipality (Kommune) in Baden-Württemberg, identified by its official municipality key.
 */
@Entity
@Table(name = "municipality_municipality")
public class Municipality {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true, length = 8)
	private String ags;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String district;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Municipality() {
	}

	Municipality(Ags ags, String name, String district) {
		this.id = UUID.randomUUID();
		this.ags = ags.value();
		this.name = name;
		this.district = district;
		this.createdAt = Instant.now();
	}

	public MunicipalityId id() {
		return new MunicipalityId(id);
	}

	public Ags ags() {
		return new Ags(ags);
	}

	public String name() {
		return name;
	}

	public String district() {
		return district;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
