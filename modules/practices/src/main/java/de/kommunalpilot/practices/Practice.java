package de.kommunalpilot.practices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A best practice of migration and development at municipal level, with the evidence that pilots
 * collected for it.
 */
@Entity
@Table(name = "practice_practice")
public class Practice {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String summary;

	private String prerequisites;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Effort effort;

	@Column(nullable = false)
	private boolean published;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "practice_sdg", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "sdg")
	private Set<Integer> sdgs = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "practice_topic", joinColumns = @JoinColumn(name = "practice_id"))
	@Column(name = "topic")
	@Enumerated(EnumType.STRING)
	private Set<Topic> topics = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "practice_evidence", joinColumns = @JoinColumn(name = "practice_id"))
	@jakarta.persistence.OrderBy("recordedAt")
	// read here, written one row per pilot by Practices#addEvidence: pilots closing on the same practice never
	// collide on the practice's version
	private List<Evidence> evidence = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "practice_source", joinColumns = @JoinColumn(name = "practice_id"))
	@OrderColumn(name = "position")
	private List<Source> sources = new ArrayList<>();

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Practice() {
	}

	Practice(Practices.Register command) {
		this.id = UUID.randomUUID();
		this.code = command.code();
		this.title = command.title();
		this.summary = command.summary();
		this.prerequisites = command.prerequisites();
		this.effort = command.effort() == null ? Effort.MEDIUM : command.effort();
		this.published = command.published();
		command.sdgs().forEach(sdg -> this.sdgs.add(Sdg.of(sdg).number()));
		this.topics.addAll(command.topics());
		this.createdAt = Instant.now();
	}

	public String code() {
		return code;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String prerequisites() {
		return prerequisites;
	}

	public Effort effort() {
		return effort;
	}

	public boolean published() {
		return published;
	}

	public Set<Integer> sdgs() {
		return Set.copyOf(sdgs);
	}

	public Set<Topic> topics() {
		return Set.copyOf(topics);
	}

	UUID id() {
		return id;
	}

	public List<Evidence> evidence() {
		return List.copyOf(evidence);
	}

	/** Findings of exchange meetings that went into the practice. */
	public List<Source> sources() {
		return List.copyOf(sources);
	}

	void addSource(Source source) {
		if (sources.stream().noneMatch(s -> s.findingId().equals(source.findingId()))) {
			sources.add(source);
		}
	}
}
