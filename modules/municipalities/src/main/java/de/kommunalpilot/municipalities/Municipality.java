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

	/** A Gemeinde, or a Landkreis applying itself (its key is the Kreisschlüssel with „000“). */
	public enum Kind {
		GEMEINDE, LANDKREIS
	}

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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind = Kind.GEMEINDE;

	/** False once the key left the official register (a merger): kept for the pilots that name it, not offered any more. */
	@Column(nullable = false)
	private boolean active = true;

	/** Whether the entry comes from the official register (not only from an enquiry). */
	@Column(name = "in_register", nullable = false)
	private boolean inRegister;

	@Column(name = "official_name")
	private String officialName;

	private String association;

	@Column(name = "area_km2")
	private java.math.BigDecimal areaKm2;

	private String postcode;

	private Double longitude;

	private Double latitude;

	private String urbanisation;

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

	String agsValue() {
		return ags;
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

	/** A new entry from the official register. */
	static Municipality fromRegister(RegisterEntry entry) {
		Municipality municipality = new Municipality(new Ags(entry.ags()), entry.name(), entry.population(), Agenda2030Status.NONE, List.of());
		municipality.applyRegister(entry);
		return municipality;
	}

	/**
	 * Takes what the register says now (name, key figures, place); a key that comes back is active again.
	 * Returns what changed, in words, empty when nothing did.
	 */
	List<String> applyRegister(RegisterEntry entry) {
		List<String> changes = new ArrayList<>();
		note(changes, "Name", name, entry.name());
		note(changes, "Einwohner", population, entry.population());
		note(changes, "Fläche", areaKm2 == null ? null : areaKm2.stripTrailingZeros(),
				entry.areaKm2() == null ? null : entry.areaKm2().stripTrailingZeros());
		note(changes, "Postleitzahl", postcode, entry.postcode());
		note(changes, "Gemeindeverband", association, entry.association());
		note(changes, "Lage", longitude + "/" + latitude, entry.longitude() + "/" + entry.latitude());
		if (inRegister && !active) {
			changes.add("wieder im Verzeichnis");
		}
		name = entry.name();
		population = entry.population();
		areaKm2 = entry.areaKm2();
		postcode = entry.postcode();
		association = entry.association();
		longitude = entry.longitude();
		latitude = entry.latitude();
		kind = entry.kind();
		officialName = entry.officialName();
		urbanisation = entry.urbanisation();
		active = true;
		inRegister = true;
		return changes;
	}

	private static void note(List<String> changes, String what, Object before, Object after) {
		if (!java.util.Objects.equals(before, after)) {
			changes.add(what + " " + (before == null ? "–" : before) + " → " + (after == null ? "–" : after));
		}
	}

	/** The key left the register: the entry stays for whatever names it, but is no longer offered. */
	boolean deactivate() {
		if (!active) {
			return false;
		}
		active = false;
		return true;
	}

	/** A title someone may write before the name: „Stadt“, „Gemeinde“, „Große Kreisstadt“, „Universitätsstadt“ … */
	private static final java.util.regex.Pattern TITLE = java.util.regex.Pattern
			.compile("^(?:große kreisstadt|[\\p{L}-]*stadt|gemeinde|markt) (?=\\S)");

	/**
	 * Whether someone who wrote {@code typed} means this municipality: its name, its official name or its name
	 * without the „Stadt“, „Universitätsstadt“ … in front, regardless of case and spacing — also with a title of
	 * their own in front („Stadt Konstanz“ for the „Universitätsstadt Konstanz“).
	 */
	public boolean isCalled(String typed) {
		String wanted = normalised(typed);
		if (wanted.isEmpty()) {
			return false;
		}
		String untitled = TITLE.matcher(wanted).replaceFirst("");
		String base = officialName == null ? name : officialName.replaceFirst(",.*$", "");
		return java.util.stream.Stream.of(name, officialName, base).filter(java.util.Objects::nonNull).map(Municipality::normalised)
				.anyMatch(known -> known.equals(wanted) || known.equals(untitled));
	}

	private static String normalised(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.GERMAN);
	}

	public Kind kind() {
		return kind;
	}

	public boolean active() {
		return active;
	}

	public boolean inRegister() {
		return inRegister;
	}

	public String officialName() {
		return officialName;
	}

	public String association() {
		return association;
	}

	public java.math.BigDecimal areaKm2() {
		return areaKm2;
	}

	public String postcode() {
		return postcode;
	}

	public Double longitude() {
		return longitude;
	}

	public Double latitude() {
		return latitude;
	}

	public String urbanisation() {
		return urbanisation;
	}

	void update(String name, Integer population, Agenda2030Status status, List<Contact> contacts) {
		this.name = name;
		this.population = population;
		this.agenda2030Status = status;
		this.contacts.clear();
		this.contacts.addAll(contacts);
	}
}
