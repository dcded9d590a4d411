package de.kommunalpilot.municipalities;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A contact person in the municipality's administration.
 *
 * @param name the name
 * @param role their role
 * @param email their mail address
 * @param phone their phone number
 */
@Embeddable
public record Contact(
		@Column(nullable = false) String name,
		String role,
		String email,
		String phone) {
}
