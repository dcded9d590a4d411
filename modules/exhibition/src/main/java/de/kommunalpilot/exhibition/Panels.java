package de.kommunalpilot.exhibition;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface Panels extends JpaRepository<Panel, UUID> {

	List<Panel> findAllByOrderByPosition();
}
