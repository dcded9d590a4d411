package de.kommunalpilot.documents;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Which files may be uploaded, decided by their content (magic numbers and container structure), never
 * by the name the browser sends: PDF, images, plain text, and office documents (OOXML and OpenDocument).
 */
@Component
class ContentTypes {

	private static final Map<String, String> ALLOWED = Map.ofEntries(
			Map.entry("application/pdf", "PDF"),
			Map.entry("image/png", "PNG-Bild"),
			Map.entry("image/jpeg", "JPEG-Bild"),
			Map.entry("text/plain", "Text"),
			Map.entry("application/x-tika-ooxml", "Office-Dokument"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word-Dokument"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel-Tabelle"),
			Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint-Präsentation"),
			Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument-Text"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-Tabelle"),
			Map.entry("application/vnd.oasis.opendocument.presentation", "OpenDocument-Präsentation"));

	private static final Map<String, String> OOXML_BY_EXTENSION = Map.of(
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

	static final String ALLOWED_LABEL = "PDF, PNG, JPEG, Text, Word/Excel/PowerPoint (OOXML) und OpenDocument";

	private final Tika tika = new Tika();

	/** The media type the content shows, if it is on the allow-list. */
	Optional<String> allowedType(byte[] content, String fileName) {
		String detected = tika.detect(content);
		if (!ALLOWED.containsKey(detected)) {
			return Optional.empty();
		}
		if ("application/x-tika-ooxml".equals(detected)) {
			// the container is checked by content; the name only picks which office format to announce
			String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
			return Optional.of(OOXML_BY_EXTENSION.getOrDefault(extension, "application/octet-stream"));
		}
		return Optional.of("text/plain".equals(detected) ? "text/plain;charset=UTF-8" : detected);
	}
}
