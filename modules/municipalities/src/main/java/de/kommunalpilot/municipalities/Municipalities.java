package de.kommunalpilot.municipalities;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The municipalities module's facade: registers municipalities and finds them by their official key.
 */
@Service
@Transactional(readOnly = true)
public class Municipalities {

	private final MunicipalityRepository repository;

	Municipalities(MunicipalityRepository repository) {
		this.repository = repository;
	}

	/** Registers a municipality; an AGS that is already registered is a conflict. */
	@Transactional
	public Municipality register(Register command) {
		Ags ags = new Ags(command.ags());
		if (repository.findByAgs(ags.value()).isPresent()) {
			throw new org.springframework.dao.DuplicateKeyException("Die Kommune " + ags.value() + " ist bereits erfasst.");
		}
		return repository.save(new Municipality(ags, command.name(), command.district()));
	}

	public Optional<Municipality> findByAgs(String ags) {
		return repository.findByAgs(new Ags(ags).value());
	}

	public long count() {
		return repository.count();
	}

	/**
	 * @param ags Amtlicher Gemeindeschlüssel
	 * @param name e.g. "Stadt Tübingen"
	 * @param district the Landkreis or Stadtkreis
	 */
	public record Register(String ags, String name, String district) {
	}
}
