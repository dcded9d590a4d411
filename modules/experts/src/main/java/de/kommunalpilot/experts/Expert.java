package de.kommunalpilot.experts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.PersonalData;
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

	/** The daily fee the coordination may offer, in euros. */
	public static final BigDecimal MIN_DAILY_FEE = BigDecimal.valueOf(100);
	public static final BigDecimal MAX_DAILY_FEE = BigDecimal.valueOf(2000);
	public static final int REVIEW_NOTE_MAX = 2000;
	/** A profile names at most this many languages, and at most this many countries or regions of origin. */
	public static final int MAX_LANGUAGES = 10;
	public static final int MAX_COUNTRIES = 10;
	/** How long the personal consent link stays valid (the onboarding process closes the registration then). */
	public static final int CONSENT_LINK_DAYS = 30;
	/** When the expert is reminded of the consent link. */
	public static final int CONSENT_REMINDER_DAYS = 7;


	public enum Kind {
		PERSON, ORGANISATION
	}

	/** Where the expert stands in the pool, with the German label. */
	public enum Status {

		APPLIED("Registriert, Prüfung ausstehend"),
		ACCEPTED("Aufgenommen, Einwilligung ausstehend"),
		ACTIVE("Aktiv"),
		REJECTED("Abgelehnt"),
		EXPIRED("Einwilligung nicht erteilt"),
		ERASED("Gelöscht");

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

	/**
	 * Pilots the expert advises now, derived from the assignment ledger ({@code expert_assignment}): written as a
	 * row per pilot, never as a counter on this row, so pilots that share the expert never collide on it.
	 */
	@org.hibernate.annotations.Formula("(select count(*) from expert_assignment a where a.expert_id = id and a.ended_at is null)")
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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(unique = true)
	private String reference;

	private String phone;

	private String profile;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "consent_version")
	private String consentVersion;

	@Column(name = "consent_at")
	private Instant consentAt;

	@Column(name = "fee_terms_version")
	private String feeTermsVersion;

	@Column(name = "fee_terms_accepted_at")
	private Instant feeTermsAcceptedAt;

	@Column(name = "erased_at")
	private Instant erasedAt;

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
		this.status = Status.ACTIVE;
	}

	/** A self-registration: in the pool only after review, consent and a login. */
	Expert(Experts.Application application, String reference) {
		this(new Experts.Register(null, application.name().strip(), blankToNull(application.organisation()), application.kind(),
				application.email().strip(), null, application.languages(), application.countries(), application.sdgs(),
				application.topics(), application.regions()));
		this.status = Status.APPLIED;
		this.available = false;
		this.reference = reference;
		this.phone = blankToNull(application.phone());
		this.profile = application.profile().strip();
	}

	void accept(BigDecimal dailyFee, String note) {
		require(Status.APPLIED);
		if (dailyFee == null || dailyFee.compareTo(MIN_DAILY_FEE) < 0 || dailyFee.compareTo(MAX_DAILY_FEE) > 0) {
			throw new de.kommunalpilot.platform.InvalidInputException(java.util.Map.of("dailyFee",
					"Der Tagessatz liegt zwischen 100 und 2.000 EUR."));
		}
		if (note != null && note.length() > REVIEW_NOTE_MAX) {
			throw new de.kommunalpilot.platform.InvalidInputException(java.util.Map.of("reviewNote", "Höchstens " + REVIEW_NOTE_MAX + " Zeichen."));
		}
		this.dailyFee = dailyFee;
		this.reviewNote = blankToNull(note);
		this.status = Status.ACCEPTED;
	}

	void reject(String reason) {
		require(Status.APPLIED);
		if (reason == null || reason.isBlank() || reason.length() > REVIEW_NOTE_MAX) {
			throw new de.kommunalpilot.platform.InvalidInputException(java.util.Map.of("reviewNote",
					"Bitte eine Begründung angeben (höchstens " + REVIEW_NOTE_MAX + " Zeichen)."));
		}
		this.reviewNote = reason;
		this.status = Status.REJECTED;
	}

	void confirmConsent(String consentVersion, String feeTermsVersion) {
		require(Status.ACCEPTED);
		Instant now = Instant.now();
		this.consentVersion = consentVersion;
		this.consentAt = now;
		this.feeTermsVersion = feeTermsVersion;
		this.feeTermsAcceptedAt = now;
	}

	void activate(String userId) {
		require(Status.ACCEPTED);
		if (consentAt == null) {
			throw new ConflictException("Ohne Einwilligung bekommt " + name + " keinen Zugang.");
		}
		this.userId = userId;
		this.available = true;
		this.status = Status.ACTIVE;
	}

	void expire() {
		require(Status.ACCEPTED);
		this.status = Status.EXPIRED;
	}

	/** Removes every personal field; what stays is an anonymous row that case history may refer to. */
	void erase() {
		this.name = PersonalData.Person.ERASED_NAME;
		this.organisation = null;
		this.email = null;
		this.phone = null;
		this.profile = null;
		this.reviewNote = null;
		this.dailyFee = null;
		this.userId = null;
		this.available = false;
		this.languages.clear();
		this.countries.clear();
		this.sdgs.clear();
		this.topics.clear();
		this.regions.clear();
		this.status = Status.ERASED;
		this.erasedAt = Instant.now();
	}

	private void require(Status expected) {
		if (status != expected) {
			throw new ConflictException(name + " ist " + status.label() + ", nicht " + expected.label() + ".");
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
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

	public Status status() {
		return status;
	}

	/** The reference of a self-registration (E-2026-0001), the business key of its onboarding process. */
	public String reference() {
		return reference;
	}

	public String phone() {
		return phone;
	}

	public String profile() {
		return profile;
	}

	public String reviewNote() {
		return reviewNote;
	}

	public String consentVersion() {
		return consentVersion;
	}

	public Instant consentAt() {
		return consentAt;
	}

	public String feeTermsVersion() {
		return feeTermsVersion;
	}

	public Instant feeTermsAcceptedAt() {
		return feeTermsAcceptedAt;
	}

	public Instant createdAt() {
		return createdAt;
	}

	void changeAvailability(boolean available) {
		this.available = available;
	}
}
