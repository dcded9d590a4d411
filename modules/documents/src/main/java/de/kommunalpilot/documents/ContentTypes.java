package de.kommunalpilot.documents;

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

	static final String ALLOWED_LABEL = "PDF, PNG, JPEG, Text, Word/Excel/PowerPoint (OOXML) und OpenDocument";

	private final Tika tika = new Tika();

	/**
	 * The media type the content shows, if it is on the allow-list; office documents are looked into
	 * ({@link OfficeContainers}), which may refuse them with a reason.
	 */
	Optional<String> allowedType(byte[] content) {
		String detected = tika.detect(content);
		if (!ALLOWED.containsKey(detected)) {
			return Optional.empty();
		}
		if (detected.equals("application/x-tika-ooxml") || detected.startsWith("application/vnd.openxmlformats-officedocument.")
				|| detected.startsWith("application/vnd.oasis.opendocument.")) {
			return Optional.of(OfficeContainers.inspect(content));
		}
		return Optional.of("text/plain".equals(detected) ? "text/plain;charset=UTF-8" : detected);
	}
}
