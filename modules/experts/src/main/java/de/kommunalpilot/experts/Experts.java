package de.kommunalpilot.experts;

import java.math.BigDecimal;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.municipalities.Municipalities;
import de.kommunalpilot.platform.Topic;

/**
 * The experts module's facade: the pool of migrant experts and organisations, their workload, and the
 * ranking of who fits a pilot best.
 */
@Service
@Transactional(readOnly = true)
public class Experts {

	private final ExpertRepository repository;
	private final Municipalities municipalities;

	Experts(ExpertRepository repository, Municipalities municipalities) {
		this.repository = repository;
		this.municipalities = municipalities;
	}

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

	/** An expert took on a pilot: one more active assignment. */
	@Transactional
	public void assignmentStarted(ExpertId id) {
		get(id).assignmentStarted();
	}

	/** A pilot of the expert ended (completed or cancelled). */
	@Transactional
	public void assignmentEnded(ExpertId id) {
		get(id).assignmentEnded();
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
