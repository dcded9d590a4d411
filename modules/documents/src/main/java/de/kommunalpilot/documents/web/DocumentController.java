package de.kommunalpilot.documents.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import de.kommunalpilot.documents.DocumentInfo;
import de.kommunalpilot.documents.Documents;
import de.kommunalpilot.documents.OwnerType;
import de.kommunalpilot.platform.Roles;

/**
 * Documents over HTTP: upload (multipart, field {@code file}) and list per case, download by id. 413 for
 * a file over the limit, 415 for a type that is not allowed; nothing is stored then.
 */
@RestController
class DocumentController {

	private final Documents documents;

	DocumentController(Documents documents) {
		this.documents = documents;
	}

	/**
	 * Attaches a file to a case.
	 *
	 * The file is checked by its content (PDF, office documents, images, text; at most the configured size) and stored
	 * with the case in one transaction. Only users who may see the case may attach to it.
	 *
	 * @param ownerType the kind of case the file belongs to
	 * @param ownerId the case's reference or id
	 * @param file the file (multipart field „file“)
	 * @param user the signed-in user
	 * @return the stored document; its content's address in {@code Location}
	 */
	@PostMapping(path = "/api/documents/{ownerType}/{ownerId}", consumes = "multipart/form-data")
	@ResponseStatus(HttpStatus.CREATED)
	ResponseEntity<DocumentInfo> uploadDocument(@PathVariable OwnerType ownerType, @PathVariable String ownerId,
			@RequestParam("file") MultipartFile file, Authentication user) throws IOException {
		DocumentInfo info = documents.upload(ownerType, ownerId, file.getOriginalFilename(), file.getBytes(), user.getName(),
				groups(user));
		return ResponseEntity.created(URI.create("/api/documents/" + info.id() + "/content")).body(info);
	}

	/**
	 * Lists the files attached to a case.
	 *
	 * @param ownerType the kind of case
	 * @param ownerId the case's reference or id
	 * @param user the signed-in user
	 * @return the case's documents, newest first
	 */
	@GetMapping("/api/documents/{ownerType}/{ownerId}")
	List<DocumentInfo> listDocuments(@PathVariable OwnerType ownerType, @PathVariable String ownerId, Authentication user) {
		return documents.list(ownerType, ownerId, user.getName(), groups(user));
	}

	/**
	 * Downloads a document's content.
	 *
	 * @param id the document's id
	 * @param user the signed-in user
	 * @return the file with its type and name
	 */
	@GetMapping("/api/documents/{id}/content")
	ResponseEntity<byte[]> downloadDocument(@PathVariable UUID id, Authentication user) {
		return Downloads.of(documents.download(id, user.getName(), groups(user)));
	}

	static Set<String> groups(Authentication user) {
		return Roles.groups(user);
	}
}
