package de.kommunalpilot.experts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.identity.Accounts;
import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PersonalData;
import de.kommunalpilot.platform.ReferenceNumbers;
import de.kommunalpilot.platform.Sdg;
import de.kommunalpilot.platform.SingleUseTokens;
import de.kommunalpilot.platform.Topic;
import de.kommunalpilot.platform.GermanDates;

/**
 * The experts module's facade: the pool of migrant experts and organisations, their workload, and the
 * ranking of who fits a pilot best.
 */
@Service
@Transactional(readOnly = true)
public class Experts {

	private static final String CONSENT = "expert-consent";

	private final ExpertRepository repository;
	private final Municipalities municipalities;
	private final ReferenceNumbers references;
	private final SingleUseTokens tokens;
	private final Accounts accounts;
	private final OnboardingWorkflow workflow;
	private final ObjectProvider<PersonalData> personalData;
	private final MailOutbox outbox;

	Experts(ExpertRepository repository, Municipalities municipalities, ReferenceNumbers references, SingleUseTokens tokens,
			Accounts accounts, @Lazy OnboardingWorkflow workflow, ObjectProvider<PersonalData> personalData, MailOutbox outbox) {
		this.outbox = outbox;
		this.repository = repository;
		this.municipalities = municipalities;
		this.references = references;
		this.tokens = tokens;
		this.accounts = accounts;
		this.workflow = workflow;
		this.personalData = personalData;
	}

	// --- self-registration and onboarding

	/** The field rules of a self-registration, for the public page and the API. */
	public InvalidInputException.Collector check(Application application, InvalidInputException.Collector violations) {
		FormFields.requiredText(violations, "name", application.name(), 200, "Ihren Namen");
		FormFields.optionalText(violations, "organisation", application.organisation(), 200);
		violations.check(application.kind() != Expert.Kind.ORGANISATION || (application.organisation() != null
				&& !application.organisation().isBlank()), "organisation", "Bitte den Namen der Organisation angeben.");
		FormFields.email(violations, "email", application.email(), true);
		FormFields.optionalText(violations, "phone", application.phone(), 50);
		violations.check(!application.languages().isEmpty() && application.languages().size() <= Expert.MAX_LANGUAGES
				&& application.languages().stream().allMatch(l -> !l.isBlank() && l.length() <= 50), "languages",
				"Bitte ein bis zehn Sprachen angeben (durch Kommas getrennt).");
		violations.check(application.countries().size() <= Expert.MAX_COUNTRIES && application.countries().stream().allMatch(c -> c.length() <= 100),
				"countries", "Höchstens zehn Länder.");
		violations.check(!application.sdgs().isEmpty() && application.sdgs().stream().allMatch(Sdg::isValid), "sdgs",
				"Bitte mindestens ein Ziel (SDG) wählen.");
		violations.check(!application.topics().isEmpty(), "topics", "Bitte mindestens ein Thema wählen.");
		violations.check(!application.regions().isEmpty() && application.regions().stream().allMatch(this::isDistrict), "regions",
				"Bitte mindestens einen Land- oder Stadtkreis wählen.");
		FormFields.requiredText(violations, "profile", application.profile(), 4000, "Ihre Erfahrungen");
		return violations;
	}

	/**
	 * Records a self-registration, starts its onboarding ("Profil prüfen" for the coordinators) and
	 * acknowledges it by mail with the reference number. An address that is already in the pool is not
	 * registered twice: its owner gets a mail instead, and the caller learns nothing about the pool — the
	 * answer on the page is the same either way.
	 */
	@Transactional
	public void apply(Application application) {
		check(application, new InvalidInputException.Collector()).throwIfAny();
		String email = application.email().strip();
		Optional<Expert> existing = repository.findFirstByEmailIgnoreCaseAndStatusNot(email, Expert.Status.ERASED);
		if (existing.isPresent()) {
			Expert known = existing.get();
			outbox.queue(email, "Ihre Registrierung im Expert*innen-Pool", MailOutbox.letter(known.name(),
					"jemand hat sich soeben mit dieser E-Mail-Adresse für den Expert*innen-Pool registriert. Für diese Adresse "
							+ "besteht bereits ein Profil (" + known.reference() + "), deshalb haben wir kein zweites angelegt.\n\n"
							+ "Wenn Sie Ihre Angaben ändern möchten, antworten Sie einfach auf diese Mail. Wenn Sie sich nicht "
							+ "registriert haben, können Sie diese Mail ignorieren."), "expert-registered-again", known.reference());
			return;
		}
		Expert expert = repository.save(new Expert(application, references.next("E", Year.now(GermanDates.ZONE))));
		workflow.start(expert);
		outbox.queue(email, "Ihre Registrierung im Expert*innen-Pool – " + expert.reference(), MailOutbox.letter(expert.name(),
				"vielen Dank für Ihre Registrierung im Expert*innen-Pool. Ihre Angaben sind unter dem Zeichen " + expert.reference()
						+ " bei uns eingegangen.\n\nDie Koordination prüft Ihr Profil. Wenn wir Sie aufnehmen, erhalten Sie einen "
						+ "persönlichen Link, mit dem Sie Einwilligung und Honorarbedingungen bestätigen und Ihr Passwort festlegen."),
				"expert-registration", expert.reference());
	}

	/** The coordinators' review: accepted with the daily fee the expert is offered, or rejected with a reason. */
	@Transactional
	public void review(ExpertId id, boolean accepted, BigDecimal dailyFee, String note) {
		Expert expert = get(id);
		if (accepted) {
			expert.accept(dailyFee, note);
		}
		else {
			expert.reject(note);
		}
	}

	/** A single-use link ({@link Expert#CONSENT_LINK_DAYS} days) with which the accepted expert confirms consent and fee terms and sets a password. */
	@Transactional
	public String issueConsentToken(ExpertId id) {
		return tokens.issue(CONSENT, get(id).id().toString(), java.time.Duration.ofDays(Expert.CONSENT_LINK_DAYS));
	}

	/** The expert of a self-registration by its reference (the business key of the onboarding process). */
	@Transactional(readOnly = true)
	public ExpertId idOf(String reference) {
		return repository.findByReference(reference).map(Expert::id)
				.orElseThrow(() -> new java.util.NoSuchElementException("Keine Registrierung " + reference + "."));
	}

	/** The expert a consent link belongs to while it can be used; otherwise a {@link NoSuchElementException} saying why. */
	public <T> T readForConsent(String token, Function<Expert, T> reader) {
		SingleUseTokens.Token found = tokens.find(CONSENT, token)
				.orElseThrow(() -> new NoSuchElementException("Diesen Link gibt es nicht. Bitte prüfen Sie, ob er vollständig kopiert wurde."));
		Expert expert = get(ExpertId.of(found.subject()));
		if (found.used() || expert.status() != Expert.Status.ACCEPTED) {
			throw new ConflictException("Dieser Link wurde bereits verwendet. Ihr Zugang ist eingerichtet – melden Sie sich einfach an.");
		}
		if (found.expired()) {
			throw new ConflictException("Dieser Link ist abgelaufen. Bitte wenden Sie sich an die Koordination.");
		}
		return reader.apply(expert);
	}

	/**
	 * Records consent and fee terms (text versions and time), creates the login with the chosen password, and
	 * lets the onboarding process add it to the experts; one transaction. Returns the login id.
	 */
	@Transactional
	public String confirmConsent(String token, boolean consent, boolean feeTerms, String password, String confirmation) {
		Expert expert = readForConsent(token, e -> e);
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		violations.check(consent, "consent", "Ohne Ihre Einwilligung können wir Sie nicht in den Pool aufnehmen.");
		violations.check(feeTerms, "feeTerms", "Bitte bestätigen Sie die Honorarbedingungen.");
		Accounts.checkPassword(password, confirmation, violations);
		violations.throwIfAny();
		if (!tokens.use(CONSENT, token)) {
			throw new ConflictException("Dieser Link wurde bereits verwendet.");
		}
		expert.confirmConsent(ConsentTexts.CONSENT_VERSION, ConsentTexts.FEE_TERMS_VERSION);
		String userId = accounts.freeUserId(expert.name());
		int space = expert.name().lastIndexOf(' ');
		accounts.create(userId, space < 0 ? expert.name() : expert.name().substring(0, space),
				space < 0 ? "" : expert.name().substring(space + 1), expert.email(), password);
		workflow.consentConfirmed(expert, userId);
		return userId;
	}

	/** The onboarding's last step: the login joins the experts and the expert is in the pool. */
	@Transactional
	public void activate(ExpertId id, String userId) {
		accounts.addToGroup(userId, Groups.EXPERTS);
		get(id).activate(userId);
	}

	/** Nobody confirmed within the time: the registration ends. */
	@Transactional
	public void expire(ExpertId id) {
		Expert expert = get(id);
		expert.expire();
		tokens.revoke(CONSENT, expert.id().toString());
	}

	// --- data protection

	/** Everything the modules hold about the expert, by section, for a JSON download. */
	public Map<String, Object> exportPersonalData(ExpertId id) {
		Expert expert = get(id);
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("erstelltAm", Instant.now().toString());
		export.put("profil", profile(expert));
		PersonalData.Person person = person(expert);
		personalData.orderedStream().forEach(holder -> export.put(holder.section(), holder.export(person)));
		return export;
	}

	/**
	 * Erases the expert's personal data in every module, in one transaction: the profile becomes an
	 * anonymous row, the login is deleted, and case history keeps a pseudonym instead of the person.
	 * Refused while the expert is asked for or works on a pilot.
	 */
	@Transactional
	public void erase(ExpertId id) {
		Expert expert = get(id);
		if (expert.status() == Expert.Status.ERASED) {
			throw new ConflictException("Die Daten dieser Person sind bereits gelöscht.");
		}
		if (expert.activeAssignments() > 0) {
			throw new ConflictException(expert.name() + " berät gerade " + expert.activeAssignments()
					+ " Pilotvorhaben; gelöscht werden kann erst nach deren Abschluss.");
		}
		PersonalData.Person person = person(expert);
		personalData.orderedStream().forEach(holder -> holder.erase(person));
		tokens.revoke(CONSENT, expert.id().toString());
		if (expert.reference() != null) {
			workflow.forget(expert);
		}
		expert.erase();
	}

	private PersonalData.Person person(Expert expert) {
		return new PersonalData.Person(expert.userId(), expert.name(), expert.email(),
				"geloescht-" + expert.id().toString().substring(0, 8));
	}

	private static Map<String, Object> profile(Expert expert) {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("kennung", expert.id().toString());
		profile.put("registrierung", expert.reference());
		profile.put("status", expert.status().label());
		profile.put("name", expert.name());
		profile.put("organisation", expert.organisation());
		profile.put("art", expert.kind().name());
		profile.put("email", expert.email());
		profile.put("telefon", expert.phone());
		profile.put("profil", expert.profile());
		profile.put("sprachen", List.copyOf(expert.languages()));
		profile.put("laender", List.copyOf(expert.countries()));
		profile.put("sdgs", List.copyOf(expert.sdgs()));
		profile.put("themen", expert.topics().stream().map(Topic::label).toList());
		profile.put("einsatzgebiete", List.copyOf(expert.regions()));
		profile.put("tagessatz", expert.dailyFee());
		profile.put("einwilligung", expert.consentAt() == null ? null
				: Map.of("textfassung", expert.consentVersion(), "zeitpunkt", expert.consentAt().toString()));
		profile.put("honorarbedingungen", expert.feeTermsAcceptedAt() == null ? null
				: Map.of("textfassung", expert.feeTermsVersion(), "zeitpunkt", expert.feeTermsAcceptedAt().toString()));
		profile.put("registriertAm", expert.createdAt().toString());
		return profile;
	}

	private boolean isDistrict(String key) {
		return municipalities.isDistrict(key);
	}

	// --- the pool

	@Transactional
	public Expert register(Register command) {
		command.regions().forEach(municipalities::district);
		if (command.userId() != null && repository.findByUserId(command.userId()).isPresent()) {
			throw new DuplicateKeyException("Für den Benutzer " + command.userId() + " gibt es schon ein Profil.");
		}
		return repository.save(new Expert(command));
	}

	public Expert get(ExpertId id) {
		return repository.findById(id.value())
				.orElseThrow(() -> new NoSuchElementException("Keine Expert*in mit der Kennung " + id + "."));
	}

	public Optional<Expert> findByUserId(String userId) {
		return repository.findByUserId(userId);
	}

	public List<Expert> all() {
		return repository.findAll(Sort.by("name"));
	}

	public long count() {
		return repository.count();
	}

	/**
	 * Ranks the available experts with a login for a pilot, best first, each with the reasons for its
	 * place, so that the coordinator can follow the proposal.
	 */
	public List<RankedExpert> rank(RankingRequest request) {
		return new ExpertRanking(municipalities).rank(repository.findAll(), request);
	}

	/**
	 * An expert took on a pilot: one more active assignment. A row of the ledger, not an update of the expert, so
	 * that pilots sharing the expert never wait for or conflict with each other; recording a pilot twice counts once.
	 */
	@Transactional
	public void assignmentStarted(ExpertId id, String pilotReference) {
		if (!repository.existsById(id.value())) {
			throw new NoSuchElementException("Keine Expert*in " + id.value() + ".");
		}
		repository.startAssignment(id.value(), pilotReference);
	}

	/** A pilot of the expert ended (completed or cancelled); ending it twice changes nothing. */
	@Transactional
	public void assignmentEnded(ExpertId id, String pilotReference) {
		repository.endAssignment(id.value(), pilotReference);
	}

	@Transactional
	public void changeAvailability(ExpertId id, boolean available) {
		get(id).changeAvailability(available);
	}

	/**
	 * @param userId the expert's login, if any
	 * @param sdgs SDG numbers 1 to 17
	 * @param regions Kreisschlüssel of the districts the expert can serve
	 */
	public record Register(String userId, String name, String organisation, Expert.Kind kind, String email,
			BigDecimal dailyFee, Set<String> languages, Set<String> countries, Set<Integer> sdgs, Set<Topic> topics,
			Set<String> regions) {
	}

	/** A self-registration from the public page. */
	public record Application(String name, String organisation, Expert.Kind kind, String email, String phone,
			Set<String> languages, Set<String> countries, Set<Integer> sdgs, Set<Topic> topics, Set<String> regions,
			String profile) {
	}

	/**
	 * What the pilot needs.
	 *
	 * @param districtKey Kreisschlüssel of the pilot's municipality
	 * @param language a language the municipality's target group speaks, optional
	 * @param excluded experts not to propose again (they declined or did not answer)
	 */
	public record RankingRequest(Set<Integer> sdgs, Set<Topic> topics, String districtKey, String language,
			Set<ExpertId> excluded) {
	}

	/** One place of the ranking with its score and the reasons in German. */
	public record RankedExpert(int rank, ExpertId expertId, String name, String userId, int score,
			List<String> reasons) {

		/** "1. Amina Yılmaz – 2 gemeinsame SDGs (4, 11); Einsatzgebiet Landkreis Tübingen" */
		public String label() {
			return rank + ". " + name + " – " + String.join("; ", reasons);
		}
	}
}
