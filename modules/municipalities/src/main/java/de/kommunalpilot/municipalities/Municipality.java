package de.kommunalpilot.municipalities;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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

	@Column(name = "district_key", nullable = false)
	private String districtKey;

	private Integer population;

	@Enumerated(EnumType.STRING)
	@Column(name = "agenda2030_status", nullable = false)
	private Agenda2030Status agenda2030Status;

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "municipality_contact", joinColumns = @JoinColumn(name = "municipality_id"))
	@OrderColumn(name = "position")
	private List<Contact> contacts = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Municipality() {
	}

	Municipality(Ags ags, String name, Integer population, Agenda2030Status status, List<Contact> contacts) {
		this.id = UUID.randomUUID();
		this.ags = ags.value();
		this.name = name;
		this.districtKey = ags.districtKey();
		this.population = population;
		this.agenda2030Status = status == null ? Agenda2030Status.NONE : status;
		this.contacts = new ArrayList<>(contacts == null ? List.of() : contacts);
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

	/** Kreisschlüssel of the Stadt- or Landkreis the municipality belongs to. */
	public String districtKey() {
		return districtKey;
	}

	public Integer population() {
		return population;
	}

	public Agenda2030Status agenda2030Status() {
		return agenda2030Status;
	}

	public List<Contact> contacts() {
		return List.copyOf(contacts);
	}

	public Instant createdAt() {
		return createdAt;
	}

	void update(String name, Integer population, Agenda2030Status status, List<Contact> contacts) {
		this.name = name;
		this.population = population;
		this.agenda2030Status = status;
		this.contacts.clear();
		this.contacts.addAll(contacts);
	}
}
