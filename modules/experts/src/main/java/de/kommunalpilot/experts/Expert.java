package de.kommunalpilot.experts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.Topic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A migrant expert or a migrant organisation in the pool: what they know (SDGs, topics, countries,
 * languages), where in Baden-Württemberg they can work, and how busy they are.
 */
@Entity
@Table(name = "expert_expert")
public class Expert {

	public enum Kind {
		PERSON, ORGANISATION
	}

	@Id
	private UUID id;

	@Column(name = "user_id", unique = true)
	private String userId;

	@Column(nullable = false)
	private String name;

	private String organisation;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	private String email;

	@Column(name = "daily_fee")
	private BigDecimal dailyFee;

	@Column(nullable = false)
	private boolean available;

	@Column(name = "active_assignments", nullable = false)
	private int activeAssignments;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "expert_language", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "language")
	private Set<String> languages = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "expert_country", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "country")
	private Set<String> countries = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "expert_sdg", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "sdg")
	private Set<Integer> sdgs = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "expert_topic", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "topic")
	@Enumerated(EnumType.STRING)
	private Set<Topic> topics = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "expert_region", joinColumns = @JoinColumn(name = "expert_id"))
	@Column(name = "district_key")
	private Set<String> regions = new TreeSet<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Expert() {
	}

	Expert(Experts.Register command) {
		this.id = UUID.randomUUID();
		this.userId = command.userId();
		this.name = command.name();
		this.organisation = command.organisation();
		this.kind = command.kind() == null ? Kind.PERSON : command.kind();
		this.email = command.email();
		this.dailyFee = command.dailyFee();
		this.available = true;
		this.languages.addAll(command.languages());
		this.countries.addAll(command.countries());
		command.sdgs().forEach(sdg -> this.sdgs.add(Sdg.of(sdg).number()));
		this.topics.addAll(command.topics());
		this.regions.addAll(command.regions());
		this.createdAt = Instant.now();
	}

	public ExpertId id() {
		return new ExpertId(id);
	}

	/** The login of the expert (Camunda user id), if they have one yet. */
	public String userId() {
		return userId;
	}

	public String name() {
		return name;
	}

	public String organisation() {
		return organisation;
	}

	public Kind kind() {
		return kind;
	}

	public String email() {
		return email;
	}

	public BigDecimal dailyFee() {
		return dailyFee;
	}

	public boolean available() {
		return available;
	}

	public int activeAssignments() {
		return activeAssignments;
	}

	public Set<String> languages() {
		return Set.copyOf(languages);
	}

	public Set<String> countries() {
		return Set.copyOf(countries);
	}

	public Set<Integer> sdgs() {
		return Set.copyOf(sdgs);
	}

	public Set<Topic> topics() {
		return Set.copyOf(topics);
	}

	/** Kreisschlüssel of the districts the expert can serve. */
	public Set<String> regions() {
		return Set.copyOf(regions);
	}

	void changeAvailability(boolean available) {
		this.available = available;
	}

	void assignmentStarted() {
		activeAssignments++;
	}

	void assignmentEnded() {
		activeAssignments = Math.max(0, activeAssignments - 1);
	}
}
