package de.kommunalpilot.documents.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	@PostMapping(path = "/api/documents/{ownerType}/{ownerId}", consumes = "multipart/form-data")
	ResponseEntity<DocumentInfo> upload(@PathVariable OwnerType ownerType, @PathVariable String ownerId,
			@RequestParam("file") MultipartFile file, Authentication user) throws IOException {
		DocumentInfo info = documents.upload(ownerType, ownerId, file.getOriginalFilename(), file.getBytes(), user.getName(),
				groups(user));
		return ResponseEntity.created(URI.create("/api/documents/" + info.id() + "/content")).body(info);
	}

	@GetMapping("/api/documents/{ownerType}/{ownerId}")
	List<DocumentInfo> list(@PathVariable OwnerType ownerType, @PathVariable String ownerId, Authentication user) {
		return documents.list(ownerType, ownerId, user.getName(), groups(user));
	}

	@GetMapping("/api/documents/{id}/content")
	ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication user) {
		return Downloads.of(documents.download(id, user.getName(), groups(user)));
	}

	static Set<String> groups(Authentication user) {
		return Roles.groups(user);
	}
}
