package de.kommunalpilot.exhibition;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/**
 * A kit (Ausstellungsset) that is lent out as a whole: a set of panels with stands and transport boxes.
 */
@Entity
@Table(name = "exhibition_kit")
public class Kit {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private boolean active;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "exhibition_kit_panel", joinColumns = @JoinColumn(name = "kit_id"),
			inverseJoinColumns = @JoinColumn(name = "panel_id"))
	private Set<Panel> panels;

	protected Kit() {
	}

	public UUID id() {
		return id;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public boolean active() {
		return active;
	}

	/** Whether the other kit shows the same panels: an identical set, as good for a request as this one. */
	public boolean sameKindAs(Kit other) {
		return other != null && panelIds().equals(other.panelIds());
	}

	private Set<String> panelIds() {
		return panels.stream().map(Panel::code).collect(java.util.stream.Collectors.toSet());
	}

	public List<Panel> panels() {
		return panels.stream().sorted(Comparator.comparingInt(Panel::position)).toList();
	}
}
