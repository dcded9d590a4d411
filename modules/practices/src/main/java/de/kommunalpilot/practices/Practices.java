package de.kommunalpilot.practices;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.platform.Topic;

/**
 * The practices module's facade: the best-practice catalogue and the evidence completed pilots add.
 */
@Service
@Transactional(readOnly = true)
public class Practices {

	private final PracticeRepository repository;

	Practices(PracticeRepository repository) {
		this.repository = repository;
	}

	/** How many practices were added to the catalogue in the span (from meetings' findings or registered by staff). */
	@Transactional(readOnly = true)
	public long addedIn(java.time.Instant from, java.time.Instant until) {
		return repository.countByCreatedAtGreaterThanEqualAndCreatedAtLessThan(from, until);
	}

	@Transactional
	public Practice register(Register command) {
		if (repository.findByCode(command.code()).isPresent()) {
			throw new DuplicateKeyException("Die Best Practice " + command.code() + " gibt es schon.");
		}
		return repository.save(new Practice(command));
	}

	public Optional<Practice> findByCode(String code) {
		return repository.findByCode(code);
	}

	public Practice get(String code) {
		return findByCode(code).orElseThrow(() -> new NoSuchElementException("Keine Best Practice " + code + "."));
	}

	/** The catalogue entries for the codes, in catalogue order; unknown codes are left out. */
	public List<Practice> byCodes(Collection<String> codes) {
		return repository.findAll(Sort.by("code")).stream().filter(p -> codes.contains(p.code())).toList();
	}

	public List<Practice> all() {
		return repository.findAll(Sort.by("code"));
	}

	public long count() {
		return repository.count();
	}

	/**
	 * Records what a completed pilot showed; recording the same pilot twice changes nothing. A row of its own, not
	 * a change of the practice, so pilots closing on the same practice at once neither wait nor conflict.
	 */
	@Transactional
	public void addEvidence(String code, String pilotReference, String municipality, String summary) {
		repository.addEvidence(get(code).id(), pilotReference, municipality, summary, Instant.now());
	}

	/**
	 * Turns a finding of an exchange meeting into a new practice: an unpublished draft with the next code,
	 * for the coordination to complete before it goes into the catalogue. Returns the code.
	 */
	@Transactional
	public String draftFromFinding(String meetingReference, UUID findingId, String title, String description) {
		int next = repository.findAll().stream().map(Practice::code).filter(code -> code.matches("BP-\\d+"))
				.mapToInt(code -> Integer.parseInt(code.substring(3))).max().orElse(0) + 1;
		String code = String.format("BP-%02d", next);
		Practice draft = repository.save(new Practice(new Register(code, title.length() > 200 ? title.substring(0, 200) : title, description,
				null, Effort.MEDIUM, false, Set.of(), Set.of())));
		draft.addSource(new Source(meetingReference, findingId, title, description, Instant.now()));
		return code;
	}

	/** Adds a meeting's finding to an existing practice; adding the same finding twice changes nothing. */
	@Transactional
	public void addFinding(String code, String meetingReference, UUID findingId, String title, String description) {
		get(code).addSource(new Source(meetingReference, findingId, title, description, Instant.now()));
	}

	public record Register(String code, String title, String summary, String prerequisites, Effort effort,
			boolean published, Set<Integer> sdgs, Set<Topic> topics) {
	}
}
