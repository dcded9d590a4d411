package de.kommunalpilot.pilots;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A consultation an expert held for the pilot, with its hours.
 */
@Entity
@Table(name = "pilot_consultation")
public class Consultation {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "pilot_id")
	private Pilot pilot;

	@Column(name = "milestone_id")
	private UUID milestoneId;

	@Column(name = "expert_user", nullable = false)
	private String expertUser;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Column(nullable = false)
	private BigDecimal hours;

	private String topic;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected Consultation() {
	}

	Consultation(Pilot pilot, UUID milestoneId, String expertUser, LocalDate heldOn, BigDecimal hours, String topic) {
		this.id = UUID.randomUUID();
		this.pilot = pilot;
		this.milestoneId = milestoneId;
		this.expertUser = expertUser;
		this.heldOn = heldOn;
		this.hours = hours;
		this.topic = topic;
		this.recordedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public UUID milestoneId() {
		return milestoneId;
	}

	public String expertUser() {
		return expertUser;
	}

	public LocalDate heldOn() {
		return heldOn;
	}

	public BigDecimal hours() {
		return hours;
	}

	public String topic() {
		return topic;
	}
}
