package de.kommunalpilot.meetings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A registration for a meeting: confirmed while seats are free, otherwise on the waiting list. */
@Entity
@Table(name = "meeting_registration")
public class Registration {

	public enum Status {
		CONFIRMED("Platz bestätigt"), WAITLISTED("Warteliste"), CANCELLED("Abgemeldet");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	private String organisation;

	@Column(name = "municipality_id")
	private UUID municipalityId;

	@Column(name = "municipality_name")
	private String municipalityName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ParticipantRole role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private Boolean attended;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	protected Registration() {
	}

	Registration(String name, String email, String organisation, UUID municipalityId, String municipalityName, ParticipantRole role,
			Status status) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.email = email;
		this.organisation = organisation;
		this.municipalityId = municipalityId;
		this.municipalityName = municipalityName;
		this.role = role;
		this.status = status;
		this.registeredAt = Instant.now();
	}

	void cancel() {
		this.status = Status.CANCELLED;
		this.cancelledAt = Instant.now();
	}

	void promote() {
		this.status = Status.CONFIRMED;
	}

	void attended(boolean attended) {
		this.attended = attended;
	}


	public UUID id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public String organisation() {
		return organisation;
	}

	/** The municipality (or Landkreis) the participant takes part for, from the register; none for others. */
	public UUID municipalityId() {
		return municipalityId;
	}

	public String municipalityName() {
		return municipalityName;
	}

	public ParticipantRole role() {
		return role;
	}

	public Status status() {
		return status;
	}

	public Boolean attended() {
		return attended;
	}

	public Instant registeredAt() {
		return registeredAt;
	}
}
