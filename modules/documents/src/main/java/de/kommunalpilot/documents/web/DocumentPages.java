package de.kommunalpilot.documents.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import de.kommunalpilot.documents.Documents;
import de.kommunalpilot.documents.OwnerType;
import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.PageController;
import de.kommunalpilot.platform.UploadRejectedException;

/**
 * The documents section that case pages load (htmx): the list with downloads and, for those who may, an
 * upload form that answers with the section again, with a message.
 */
@PageController
class DocumentPages {

	private final Documents documents;

	DocumentPages(Documents documents) {
		this.documents = documents;
	}

	@GetMapping("/dokumente/{ownerType}/{ownerId}")
	String section(@PathVariable OwnerType ownerType, @PathVariable String ownerId, Authentication user, Model model) {
		return section(ownerType, ownerId, user, model, null, null);
	}

	@PostMapping("/dokumente/{ownerType}/{ownerId}")
	String upload(@PathVariable OwnerType ownerType, @PathVariable String ownerId,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication user, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) throws IOException {
		String error = null;
		String info = null;
		try {
			documents.upload(ownerType, ownerId, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(),
					user.getName(), DocumentController.groups(user));
			info = "„" + file.getOriginalFilename() + "“ wurde gespeichert.";
		}
		catch (UploadRejectedException e) {
			error = e.getMessage();
		}
		catch (InvalidInputException e) {
			error = e.errors().values().iterator().next();
		}
		if (htmx == null) {
			return "redirect:" + ownerPage(ownerType, ownerId);
		}
		return section(ownerType, ownerId, user, model, info, error);
	}

	@GetMapping("/dokumente/datei/{id}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, Authentication user) {
		return Downloads.of(documents.download(id, user.getName(), DocumentController.groups(user)));
	}

	private String section(OwnerType ownerType, String ownerId, Authentication user, Model model, String info, String error) {
		model.addAttribute("ownerType", ownerType);
		model.addAttribute("ownerId", ownerId);
		model.addAttribute("documents", documents.list(ownerType, ownerId, user.getName(), DocumentController.groups(user)));
		model.addAttribute("canUpload", documents.canWrite(ownerType, ownerId, user.getName(), DocumentController.groups(user)));
		model.addAttribute("maxSize", documents.maxSize().toMegabytes());
		model.addAttribute("info", info);
		model.addAttribute("error", error);
		return "documents/section :: section";
	}

	static String ownerPage(OwnerType type, String ownerId) {
		return switch (type) {
			case PILOT -> "/pilotvorhaben/" + ownerId;
			case LOAN -> "/ausstellung/" + ownerId;
			case MEETING -> "/austauschtreffen/" + ownerId;
			case GUIDE -> "/handreichung";
			case TRAVEL -> "/reisekosten/" + ownerId;
			case EXPENDITURE -> "/foerderung/ausgaben/" + ownerId;
		};
	}
}
