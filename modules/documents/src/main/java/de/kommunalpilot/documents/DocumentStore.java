package de.kommunalpilot.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The documents table; content is read only for downloads. */
@Component
class DocumentStore {

	private static final String COLUMNS = "id, owner_type, owner_id, kind, category, file_name, media_type, size_bytes, sha256, created_by, created_at";

	private final JdbcTemplate jdbc;

	DocumentStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void insert(DocumentInfo info, byte[] content, String person) {
		jdbc.update("insert into documents_document (" + COLUMNS + ", content, person) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				info.id(), info.ownerType().name(), info.ownerId(), info.kind(), info.category(), info.fileName(),
				info.mediaType(), info.size(), info.sha256(), info.createdBy(), Timestamp.from(info.createdAt()), content, person);
	}

	/** The documents that hold the person's data, or that the person added. */
	List<DocumentInfo> ofPerson(String userId) {
		return jdbc.query("select " + COLUMNS + " from documents_document where person = ? or created_by = ? order by created_at",
				DocumentStore::info, userId, userId);
	}

	void delete(UUID id) {
		jdbc.update("delete from documents_document where id = ?", id);
	}

	void pseudonymiseCreator(String userId, String pseudonym) {
		jdbc.update("update documents_document set created_by = ? where created_by = ?", pseudonym, userId);
	}

	List<DocumentInfo> list(OwnerType type, String ownerId) {
		return jdbc.query("select " + COLUMNS + " from documents_document where owner_type = ? and owner_id = ? order by created_at desc",
				DocumentStore::info, type.name(), ownerId);
	}

	Optional<DocumentInfo> find(UUID id) {
		return jdbc.query("select " + COLUMNS + " from documents_document where id = ?", DocumentStore::info, id).stream()
				.findFirst();
	}

	byte[] content(UUID id) {
		return jdbc.queryForObject("select content from documents_document where id = ?", byte[].class, id);
	}

	static DocumentInfo info(ResultSet rs, int row) throws SQLException {
		return new DocumentInfo(rs.getObject("id", UUID.class), OwnerType.valueOf(rs.getString("owner_type")),
				rs.getString("owner_id"), rs.getString("kind"), rs.getString("category"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant());
	}
}
