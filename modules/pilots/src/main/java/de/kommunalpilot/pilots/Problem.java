package de.kommunalpilot.pilots;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A problem an expert or coordinator reported during the pilot, and how it was clarified.
 */
@Entity
@Table(name = "pilot_problem")
public class Problem {

	public static final int TEXT_MAX = 4000;


	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "pilot_id")
	private Pilot pilot;

	@Column(name = "reported_by", nullable = false)
	private String reportedBy;

	@Column(nullable = false)
	private String description;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	private String resolution;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	protected Problem() {
	}

	Problem(Pilot pilot, String reportedBy, String description) {
		this.id = UUID.randomUUID();
		this.pilot = pilot;
		this.reportedBy = reportedBy;
		this.description = description;
		this.reportedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public String reportedBy() {
		return reportedBy;
	}

	public String description() {
		return description;
	}

	public Instant reportedAt() {
		return reportedAt;
	}

	public String resolution() {
		return resolution;
	}

	public Instant resolvedAt() {
		return resolvedAt;
	}

	void resolve(String resolution) {
		if (resolution == null || resolution.isBlank() || resolution.length() > TEXT_MAX) {
			throw new de.kommunalpilot.platform.InvalidInputException(java.util.Map.of("problemResolution",
					"Bitte die Klärung angeben (höchstens " + TEXT_MAX + " Zeichen)."));
		}
		this.resolution = resolution;
		this.resolvedAt = Instant.now();
	}
}
