package de.kommunalpilot.documents.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import de.kommunalpilot.documents.StoredFile;

/** A stored file as a download: its type, its name (RFC 6266), its checksum as ETag, never sniffed. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(StoredFile file) {
		boolean inline = file.info().mediaType().startsWith("application/pdf") || file.info().mediaType().startsWith("image/");
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
				.filename(file.info().fileName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(file.info().mediaType()))
				.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "sandbox")
				.eTag("\"" + file.info().sha256() + "\"")
				.contentLength(file.content().length)
				.body(file.content());
	}

	/** A PDF made on demand, shown inline under the file name, never sniffed. */
	static ResponseEntity<byte[]> inlinePdf(String fileName, byte[] content) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName, StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(content);
	}
}
