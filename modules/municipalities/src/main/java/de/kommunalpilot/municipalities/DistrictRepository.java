package de.kommunalpilot.municipalities;

import org.springframework.data.jpa.repository.JpaRepository;

interface DistrictRepository extends JpaRepository<District, String> {
}
