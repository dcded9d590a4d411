package de.kommunalpilot.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * What is known about a stored document, without its content.
 *
 * @param id the document's id
 * @param ownerType the kind of case it belongs to
 * @param ownerId the case's reference or id
 * @param kind {@code UPLOAD} or {@code GENERATED}
 * @param category for generated documents what they are, e.g. {@code loan-agreement}
 * @param fileName the file's name
 * @param mediaType the content's type, e.g. {@code application/pdf}
 * @param size the content's size in bytes
 * @param sha256 the content's SHA-256 checksum, hex
 * @param createdBy who uploaded it, or the system for generated documents
 * @param createdAt when it was stored
 */
public record DocumentInfo(UUID id, OwnerType ownerType, String ownerId, String kind, String category, String fileName,
		String mediaType, long size, String sha256, String createdBy, Instant createdAt) {

	public String createdAtLabel() {
		return de.kommunalpilot.platform.GermanDates.format(createdAt);
	}

	public String sizeLabel() {
		if (size < 1024) {
			return size + " Byte";
		}
		if (size < 1024 * 1024) {
			return String.format(java.util.Locale.GERMANY, "%.1f KB", size / 1024.0);
		}
		return String.format(java.util.Locale.GERMANY, "%.1f MB", size / (1024.0 * 1024));
	}
}
