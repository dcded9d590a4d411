package de.kommunalpilot.municipalities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A contact person in the municipality's administration.
 */
@Embeddable
public record Contact(
		@Column(nullable = false) String name,
		String role,
		String email,
		String phone) {
}
