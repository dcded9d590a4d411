package de.kommunalpilot.meetings;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A finding of a meeting; once adopted it names the practice it went into. */
@Entity
@Table(name = "meeting_finding")
public class Finding {

	@Id
	private UUID id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(name = "practice_code")
	private String practiceCode;

	private String adoption;

	@Column(name = "adopted_at")
	private Instant adoptedAt;

	protected Finding() {
	}

	Finding(int position, String title, String description) {
		this.id = UUID.randomUUID();
		this.position = position;
		this.title = title;
		this.description = description;
	}

	void adopted(String adoption, String practiceCode) {
		this.adoption = adoption;
		this.practiceCode = practiceCode;
		this.adoptedAt = Instant.now();
	}


	public UUID id() {
		return id;
	}

	public int position() {
		return position;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	/** The practice the finding went into, if any. */
	public String practiceCode() {
		return practiceCode;
	}

	/** {@code new}, {@code update} or {@code none} once the coordination decided. */
	public String adoption() {
		return adoption;
	}
}
