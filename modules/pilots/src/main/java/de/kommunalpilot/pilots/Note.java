package de.kommunalpilot.pilots;

import de.kommunalpilot.platform.NotPermittedException;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A note on the case; only its author may change it.
 */
@Entity
@Table(name = "pilot_note")
public class Note {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "pilot_id")
	private Pilot pilot;

	@Column(nullable = false)
	private String author;

	@Column(nullable = false)
	private String text;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "edited_at")
	private Instant editedAt;

	protected Note() {
	}

	Note(Pilot pilot, String author, String text) {
		this.id = UUID.randomUUID();
		this.pilot = pilot;
		this.author = author;
		this.text = text;
		this.createdAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public String author() {
		return author;
	}

	public String text() {
		return text;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant editedAt() {
		return editedAt;
	}

	void edit(String editor, String newText) {
		if (!author.equals(editor)) {
			throw new NotPermittedException("Nur die Verfasser*in darf die Notiz ändern.");
		}
		this.text = newText;
		this.editedAt = Instant.now();
	}
}
