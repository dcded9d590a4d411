package de.kommunalpilot.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

import de.kommunalpilot.platform.InvalidInputException;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.UploadRejectedException;

/**
 * The documents module's facade: files on pilots, loans and meetings, stored in PostgreSQL in the
 * caller's transaction (so a case step and its document commit together), each with its SHA-256
 * checksum. Uploads are limited in size ({@code kommunalpilot.documents.max-size}, 20 MB by default) and
 * to an allow-list of types recognised by content. Reading and adding follow the case's access rules.
 */
@Service
@Transactional
public class Documents {

	public static final String UPLOAD = "UPLOAD";
	public static final String GENERATED = "GENERATED";

	private final DocumentStore store;
	private final ContentTypes types;
	private final DocumentAccess access;
	private final DataSize maxSize;

	Documents(DocumentStore store, ContentTypes types, DocumentAccess access,
			@Value("${kommunalpilot.documents.max-size:20MB}") DataSize maxSize) {
		this.store = store;
		this.types = types;
		this.access = access;
		this.maxSize = maxSize;
	}

	public DataSize maxSize() {
		return maxSize;
	}

	/** Stores an uploaded file on a case; nothing is stored when the size, the type or the user is not allowed. */
	public DocumentInfo upload(OwnerType type, String ownerId, String fileName, byte[] content, String user, Set<String> groups) {
		if (!access.canWrite(type, ownerId, user, groups)) {
			throw new NotPermittedException("Sie dürfen diesem Vorgang keine Dokumente hinzufügen.");
		}
		if (content == null || content.length == 0) {
			throw new InvalidInputException(java.util.Map.of("file", "Bitte eine Datei auswählen."));
		}
		if (content.length > maxSize.toBytes()) {
			throw UploadRejectedException.tooLarge("Die Datei ist " + mb(content.length) + " groß; erlaubt sind höchstens "
					+ mb(maxSize.toBytes()) + ".");
		}
		String name = cleanName(fileName);
		String mediaType = types.allowedType(content).orElseThrow(() -> UploadRejectedException.unsupportedType(
				"Dieser Dateityp ist nicht erlaubt. Erlaubt sind " + ContentTypes.ALLOWED_LABEL + "."));
		return save(type, ownerId, UPLOAD, null, name, mediaType, content, user, null);
	}

	/** Stores a PDF the system generated (fee agreement, final report, loan agreement, guide). */
	public DocumentInfo storeGenerated(OwnerType type, String ownerId, String category, String fileName, byte[] pdf, String by) {
		return storeGenerated(type, ownerId, category, fileName, pdf, by, null);
	}

	/** Stores a generated PDF that holds a person's data (their login), so that erasure finds it. */
	public DocumentInfo storeGenerated(OwnerType type, String ownerId, String category, String fileName, byte[] pdf, String by,
			String person) {
		return save(type, ownerId, GENERATED, category, cleanName(fileName), "application/pdf", pdf, by, person);
	}

	@Transactional(readOnly = true)
	public List<DocumentInfo> list(OwnerType type, String ownerId, String user, Set<String> groups) {
		if (!access.canRead(type, ownerId, user, groups)) {
			throw new NotPermittedException("Sie dürfen die Dokumente dieses Vorgangs nicht sehen.");
		}
		return store.list(type, ownerId);
	}

	/** The documents of a case without an access check, for the system's own steps. */
	@Transactional(readOnly = true)
	public List<DocumentInfo> listForSystem(OwnerType type, String ownerId) {
		return store.list(type, ownerId);
	}

	@Transactional(readOnly = true)
	public boolean canWrite(OwnerType type, String ownerId, String user, Set<String> groups) {
		return access.canWrite(type, ownerId, user, groups);
	}

	@Transactional(readOnly = true)
	public StoredFile download(UUID id, String user, Set<String> groups) {
		DocumentInfo info = store.find(id).orElseThrow(() -> new NoSuchElementException("Kein Dokument mit der Kennung " + id + "."));
		if (!access.canRead(info.ownerType(), info.ownerId(), user, groups)) {
			throw new NotPermittedException("Sie dürfen dieses Dokument nicht sehen.");
		}
		return new StoredFile(info, store.content(id));
	}

	/** A document's content without an access check, for public documents such as the published guide. */
	@Transactional(readOnly = true)
	public StoredFile downloadForSystem(UUID id) {
		DocumentInfo info = store.find(id).orElseThrow(() -> new NoSuchElementException("Kein Dokument mit der Kennung " + id + "."));
		return new StoredFile(info, store.content(id));
	}

	/** The documents holding a person's data or added by them, for data-protection requests. */
	@Transactional(readOnly = true)
	public List<DocumentInfo> ofPerson(String userId) {
		return store.ofPerson(userId);
	}

	/** Deletes a document, for data-protection erasure (the module that calls decided it must go). */
	public void deleteForErasure(UUID id) {
		store.delete(id);
	}

	/** Replaces the person as the one who added documents by a pseudonym. */
	public void pseudonymiseCreator(String userId, String pseudonym) {
		store.pseudonymiseCreator(userId, pseudonym);
	}

	private DocumentInfo save(OwnerType type, String ownerId, String kind, String category, String fileName, String mediaType,
			byte[] content, String by, String person) {
		DocumentInfo info = new DocumentInfo(UUID.randomUUID(), type, ownerId, kind, category, fileName, mediaType, content.length,
				sha256(content), by, Instant.now());
		store.insert(info, content, person);
		return info;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The last path segment, without control characters, at most 200 characters. */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "dokument";
		}
		return name.length() > 200 ? name.substring(name.length() - 200) : name;
	}

	private static String mb(long bytes) {
		return String.format(java.util.Locale.GERMANY, "%.1f MB", bytes / (1024.0 * 1024));
	}
}
