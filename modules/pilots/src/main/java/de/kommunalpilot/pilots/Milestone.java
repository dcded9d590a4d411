package de.kommunalpilot.pilots;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import de.kommunalpilot.platform.GermanDates;

/**
 * A step of the implementation plan with its due date.
 */
@Entity
@Table(name = "pilot_milestone")
public class Milestone {

	public static final int TITLE_MAX = 200;
	public static final int RESULT_MAX = 4000;
	public static final int NOTE_MAX = 2000;


	public enum Status {
		PLANNED("geplant"), DONE("erledigt");

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

	@ManyToOne(optional = false)
	@JoinColumn(name = "pilot_id")
	private Pilot pilot;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private String title;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private String result;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "delay_note")
	private String delayNote;

	protected Milestone() {
	}

	Milestone(Pilot pilot, int position, String title, LocalDate dueDate) {
		this.id = UUID.randomUUID();
		this.pilot = pilot;
		this.position = position;
		this.title = title;
		this.dueDate = dueDate;
		this.status = Status.PLANNED;
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

	public LocalDate dueDate() {
		return dueDate;
	}

	public Status status() {
		return status;
	}

	public String result() {
		return result;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public String delayNote() {
		return delayNote;
	}

	public boolean overdue(LocalDate today) {
		return status == Status.PLANNED && dueDate.isBefore(today);
	}

	void complete(String result) {
		if (result == null || result.isBlank() || result.length() > RESULT_MAX) {
			throw new de.kommunalpilot.platform.InvalidInputException(java.util.Map.of("milestoneResult",
					"Bitte das Ergebnis angeben (höchstens " + RESULT_MAX + " Zeichen)."));
		}
		if (status != Status.PLANNED) {
			throw new de.kommunalpilot.platform.ConflictException("Der Meilenstein „" + title + "“ ist bereits erledigt.");
		}
		this.status = Status.DONE;
		this.result = result;
		this.completedAt = Instant.now();
	}

	void noteDelay(String note, LocalDate newDueDate) {
		de.kommunalpilot.platform.InvalidInputException.Collector violations = new de.kommunalpilot.platform.InvalidInputException.Collector();
		de.kommunalpilot.platform.FormFields.requiredText(violations, "delayResolution", note, NOTE_MAX, "die Klärung");
		violations.check(newDueDate == null || !newDueDate.isBefore(LocalDate.now(GermanDates.ZONE)), "newDueDate",
				"Das neue Fälligkeitsdatum darf nicht in der Vergangenheit liegen.");
		violations.throwIfAny();
		this.delayNote = note;
		if (newDueDate != null) {
			this.dueDate = newDueDate;
		}
	}
}
