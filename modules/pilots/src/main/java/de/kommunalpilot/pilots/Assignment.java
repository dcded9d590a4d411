package de.kommunalpilot.pilots;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One request to an expert to advise the pilot, and how they answered.
 */
@Entity
@Table(name = "pilot_assignment")
public class Assignment {

	/** An asked expert is reminded after this many days without an answer. */
	public static final int REMINDER_DAYS = 5;
	/** Without an answer after this many days the coordination selects someone else. */
	public static final int ANSWER_DAYS = 10;


	public enum Status {
		REQUESTED("angefragt"), ACCEPTED("zugesagt"), DECLINED("abgelehnt"), NO_ANSWER("keine Antwort"),
		ENDED("beendet");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/** While or after being asked, an expert sees the pilot (and its municipality). */
	static final java.util.Set<Status> SEES_THE_PILOT = java.util.EnumSet.of(Status.REQUESTED, Status.ACCEPTED, Status.ENDED);

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "pilot_id")
	private Pilot pilot;

	@Column(name = "expert_id", nullable = false)
	private UUID expertId;

	@Column(name = "expert_user", nullable = false)
	private String expertUser;

	@Column(name = "expert_name", nullable = false)
	private String expertName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "decline_reason")
	private String declineReason;

	protected Assignment() {
	}

	Assignment(Pilot pilot, UUID expertId, String expertUser, String expertName) {
		this.id = UUID.randomUUID();
		this.pilot = pilot;
		this.expertId = expertId;
		this.expertUser = expertUser;
		this.expertName = expertName;
		this.status = Status.REQUESTED;
		this.requestedAt = Instant.now();
	}

	public UUID expertId() {
		return expertId;
	}

	public String expertUser() {
		return expertUser;
	}

	public String expertName() {
		return expertName;
	}

	public Status status() {
		return status;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

	public String declineReason() {
		return declineReason;
	}

	void answer(Status answer, String reason) {
		if (status != Status.REQUESTED) {
			throw new de.kommunalpilot.platform.ConflictException("Die Anfrage an " + expertName + " ist bereits beantwortet.");
		}
		this.status = answer;
		this.declineReason = reason;
		this.answeredAt = Instant.now();
	}

	void end() {
		if (status == Status.ACCEPTED) {
			status = Status.ENDED;
		}
	}
}
