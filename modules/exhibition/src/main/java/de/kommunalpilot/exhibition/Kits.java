package de.kommunalpilot.exhibition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Kits extends JpaRepository<Kit, UUID> {

	Optional<Kit> findByCode(String code);

	List<Kit> findByActiveTrueOrderByCode();
}
