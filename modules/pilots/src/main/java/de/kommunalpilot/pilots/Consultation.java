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
import de.kommunalpilot.platform.GermanDates;

/**
 * A consultation an expert held for the pilot, with its hours.
 */
@Entity
@Table(name = "pilot_consultation")
public class Consultation {

	/** Consultation hours per entry: from a quarter of an hour to 80 hours. */
	public static final BigDecimal MIN_HOURS = new BigDecimal("0.25");
	public static final BigDecimal MAX_HOURS = BigDecimal.valueOf(80);
	public static final int TOPIC_MAX = 500;

	/** The rules of a consultation entry, naming {@code heldOn}, {@code hours} and {@code topic}. */
	public static de.kommunalpilot.platform.InvalidInputException.Collector check(LocalDate heldOn, BigDecimal hours, String topic) {
		de.kommunalpilot.platform.InvalidInputException.Collector violations = new de.kommunalpilot.platform.InvalidInputException.Collector();
		violations.check(heldOn != null, "heldOn", "Bitte das Datum der Beratung angeben.");
		violations.check(heldOn == null || !heldOn.isAfter(LocalDate.now(GermanDates.ZONE)), "heldOn", "Das Datum darf nicht in der Zukunft liegen.");
		violations.check(hours != null && hours.compareTo(MIN_HOURS) >= 0 && hours.compareTo(MAX_HOURS) <= 0, "hours",
				"Die Beratungsstunden müssen zwischen 0,25 und 80 liegen.");
		violations.check(topic == null || topic.length() <= TOPIC_MAX, "topic", "Das Thema darf höchstens " + TOPIC_MAX + " Zeichen lang sein.");
		return violations;
	}


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

	/** A consultation as the expert logs it: when, how many hours, about what. */
	public record Entry(LocalDate heldOn, BigDecimal hours, String topic) {

		public void validate() {
			check(heldOn, hours, topic).throwIfAny();
		}
	}
}
