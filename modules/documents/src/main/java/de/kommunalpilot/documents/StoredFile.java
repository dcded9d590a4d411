package de.kommunalpilot.documents;

/** A document with its content, for download. */
public record StoredFile(DocumentInfo info, byte[] content) {
}
