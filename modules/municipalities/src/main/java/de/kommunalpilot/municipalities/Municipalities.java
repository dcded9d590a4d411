package de.kommunalpilot.municipalities;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;

import de.kommunalpilot.platform.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities module's facade: registers municipalities, finds them by id or official key, and
 * offers the reference data of Baden-Württemberg's districts.
 */
@Service
@Transactional(readOnly = true)
public class Municipalities {

	private static final String UNKNOWN_KEY = "Diesen Gemeindeschlüssel gibt es im Gemeindeverzeichnis nicht. Bitte die Kommune aus der Liste wählen.";

	private final MunicipalityRepository municipalities;
	private final DistrictRepository districts;

	Municipalities(MunicipalityRepository municipalities, DistrictRepository districts) {
		this.municipalities = municipalities;
		this.districts = districts;
	}

	/** Registers a municipality; an AGS that is already registered is a conflict. */
	@Transactional
	public Municipality register(Register command) {
		Ags ags = new Ags(command.ags());
		if (municipalities.findByAgs(ags.value()).isPresent()) {
			throw new DuplicateKeyException("Die Kommune mit dem Schlüssel " + ags.value() + " ist bereits erfasst.");
		}
		if (!districts.existsById(ags.districtKey())) {
			throw new IllegalArgumentException("Der Schlüssel " + ags.value() + " gehört zu keinem Kreis in Baden-Württemberg.");
		}
		return municipalities.save(new Municipality(ags, command.name(), command.population(), command.status(),
				command.contacts()));
	}

	/**
	 * The active register entry an applicant's fields name (see {@link #resolve}): a case is only ever opened for a
	 * municipality or district of the register, never for a key someone typed. Empty, with the refusals collected at
	 * the fields, when none fits.
	 */
	public Optional<Municipality> applicant(String ags, String name, InvalidInputException.Collector violations) {
		String key = resolve(ags, name, violations);
		if (key == null || !key.matches(Ags.PATTERN)) {
			return Optional.empty();
		}
		Optional<Municipality> found = municipalities.findByAgs(key).filter(Municipality::active);
		violations.check(found.isPresent(), "ags", UNKNOWN_KEY);
		return found;
	}

	public Optional<Municipality> findByAgs(String ags) {
		return municipalities.findByAgs(new Ags(ags).value());
	}

	public Municipality get(MunicipalityId id) {
		return municipalities.findById(id.value())
				.orElseThrow(() -> new NoSuchElementException("Keine Kommune mit der Kennung " + id.value() + "."));
	}

	public Page<Municipality> search(String districtKey, String text, Pageable pageable) {
		return municipalities.search(blankToNull(districtKey), blankToNull(text), pageable);
	}

	/** Like {@link #search} among the given municipalities only (what an expert may see). */
	public Page<Municipality> searchAmong(Set<UUID> ids, String districtKey, String text, Pageable pageable) {
		if (ids.isEmpty()) {
			return Page.empty(pageable);
		}
		return municipalities.searchAmong(ids, blankToNull(districtKey), blankToNull(text), pageable);
	}

	/**
	 * The register as staff browse it (active entries only); {@code among} limits it to those ids when not null.
	 */
	public Page<Municipality> register(String districtKey, String region, Agenda2030Status status, Set<UUID> among, String text,
			Pageable pageable) {
		boolean limited = among != null;
		Set<UUID> ids = limited && among.isEmpty() ? Set.of(new UUID(0, 0)) : limited ? among : Set.of(new UUID(0, 0));
		return municipalities.register(blankToNull(districtKey), blankToNull(region), status, limited, ids, blankToNull(text), pageable);
	}

	/** Up to {@code limit} active entries whose name, postcode or key fit what someone typed: the picker's suggestions. */
	public List<Municipality> suggestions(String typed, int limit) {
		String text = blankToNull(typed);
		if (text == null || text.length() < 2 || text.length() > 100) {
			return List.of();
		}
		return municipalities.register(null, null, null, false, Set.of(new UUID(0, 0)), text,
				org.springframework.data.domain.PageRequest.of(0, limit, Sort.by("name"))).getContent();
	}

	/** The suggestions as a picker shows them: each with the key it fills in and what tells it apart. */
	public List<Suggestion> suggest(String typed, int limit) {
		List<Municipality> found = suggestions(typed, limit);
		if (found.isEmpty()) {
			return List.of();
		}
		java.util.Map<String, String> labels = districts().stream()
				.collect(java.util.stream.Collectors.toMap(District::key, District::label));
		return found.stream().map(m -> new Suggestion(m.agsValue(), m.name(),
				m.name().equals(labels.get(m.districtKey())) ? null : labels.get(m.districtKey()), m.postcode())).toList();
	}

	/**
	 * One suggestion of a picker: the key it fills in, the name, and the Kreis (none for the Kreis itself) and postcode it is
	 * told apart by.
	 */
	public record Suggestion(String ags, String name, String district, String postcode) {
	}

	/**
	 * What a public form's municipality fields mean: the key of the entry picked or named. With a key, the name
	 * must be that municipality's („Tübingen“, „Universitätsstadt Tübingen“ and „Tübingen, Universitätsstadt“ all
	 * are); without one, the name must name exactly one active entry. Refusals name the field and what fits.
	 */
	public String resolve(String ags, String name, InvalidInputException.Collector violations) {
		String key = blankToNull(ags);
		String typed = blankToNull(name);
		if (typed == null) {
			return key;
		}
		if (key != null) {
			if (!key.matches(Ags.PATTERN)) {
				de.kommunalpilot.platform.FormFields.ags(violations, "ags", key); // a key that is none is refused, whoever asks
				return key;
			}
			Optional<Municipality> found = municipalities.findByAgs(key).filter(Municipality::active);
			if (found.isEmpty()) {
				violations.reject("ags", UNKNOWN_KEY);
			}
			else if (!found.get().isCalled(typed)) {
				violations.reject("municipalityName", "Der Gemeindeschlüssel " + key + " gehört zu „" + found.get().name()
						+ "“. Bitte die Kommune aus der Liste wählen.");
			}
			return key;
		}
		List<Municipality> named = suggestions(typed, 20).stream().filter(m -> m.isCalled(typed)).toList();
		if (named.size() == 1) {
			return named.get(0).agsValue();
		}
		violations.reject("municipalityName", named.isEmpty()
				? "Diese Kommune finden wir im Gemeindeverzeichnis nicht. Bitte den Namen oder die Postleitzahl eingeben und aus der Liste wählen."
				: "Mehrere Kommunen heißen so (" + String.join(", ", named.stream().map(m -> m.name() + " " + m.postcode()).toList())
						+ "). Bitte aus der Liste wählen.");
		return null;
	}

	/** The active municipalities with a place, for the map. */
	public List<Municipality> placed() {
		return municipalities.placed();
	}

	/** The four Regierungsbezirke. */
	public List<String> regions() {
		return districts().stream().map(District::administrativeRegion).distinct().sorted().toList();
	}

	public long count() {
		return municipalities.count();
	}

	/** Every contact person of a municipality who has an e-mail address, e.g. for invitations. */
	public List<ContactAddress> contactsWithEmail() {
		return municipalities.contactsWithEmail().stream()
				.map(row -> new ContactAddress((String) row[0], (String) row[1], (String) row[2])).toList();
	}

	/** A municipality's contact person with an e-mail address. */
	public record ContactAddress(String municipality, String name, String email) {
	}

	public List<District> districts() {
		return districts.findAll(Sort.by("key"));
	}

	/** Whether the key names a district of Baden-Württemberg (a check that, unlike {@link #district}, never throws). */
	public boolean isDistrict(String key) {
		return key != null && key.length() <= 10 && districts.existsById(key);
	}

	public District district(String key) {
		return districts.findById(key)
				.orElseThrow(() -> new NoSuchElementException("Kein Kreis mit dem Schlüssel " + key + "."));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * @param ags Amtlicher Gemeindeschlüssel
	 * @param name e.g. "Universitätsstadt Tübingen"
	 * @param population inhabitants, optional
	 * @param status Agenda-2030 status, {@link Agenda2030Status#NONE} when unknown
	 * @param contacts contact persons, may be empty
	 */
	public record Register(String ags, String name, Integer population, Agenda2030Status status,
			List<Contact> contacts) {

		public Register(String ags, String name) {
			this(ags, name, null, Agenda2030Status.NONE, List.of());
		}
	}
}
