package de.kommunalpilot.meetings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone invited to a meeting by mail. */
@Entity
@Table(name = "meeting_invitation")
public class Invitation {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String email;

	private String organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ParticipantRole role;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected Invitation() {
	}

	Invitation(String name, String email, String organisation, ParticipantRole role) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.email = email;
		this.organisation = organisation;
		this.role = role;
		this.sentAt = Instant.now();
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

	public ParticipantRole role() {
		return role;
	}
}
