package de.kommunalpilot.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.UploadRejectedException;

class OfficeContainersTests {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	/** The parts a Word document needs, plus what the test adds. */
	static Map<String, byte[]> word(Map<String, byte[]> extra) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("[Content_Types].xml", xml("<Types/>"));
		parts.put("_rels/.rels", xml("<Relationships/>"));
		parts.put("word/document.xml", xml("<w:document/>"));
		parts.putAll(extra);
		return parts;
	}

	static byte[] xml(String text) {
		return ("<?xml version=\"1.0\"?>" + text).getBytes(StandardCharsets.UTF_8);
	}

	/** A ZIP with the parts in order; {@code mimetype} is stored uncompressed, as OpenDocument requires. */
	static byte[] zip(Map<String, byte[]> parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				ZipEntry entry = new ZipEntry(part.getKey());
				if (part.getKey().equals("mimetype")) {
					CRC32 crc = new CRC32();
					crc.update(part.getValue());
					entry.setMethod(ZipEntry.STORED);
					entry.setSize(part.getValue().length);
					entry.setCrc(crc.getValue());
				}
				zip.putNextEntry(entry);
				zip.write(part.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	@Test
	void theFormatComesFromThePartsNotTheName() {
		assertThat(OfficeContainers.inspect(zip(word(Map.of())))).isEqualTo(DOCX);
		Map<String, byte[]> sheet = new LinkedHashMap<>(Map.of("[Content_Types].xml", xml("<Types/>"), "_rels/.rels", xml("<R/>"),
				"xl/workbook.xml", xml("<workbook/>")));
		assertThat(OfficeContainers.inspect(zip(sheet))).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		Map<String, byte[]> odt = new LinkedHashMap<>();
		odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
		odt.put("content.xml", xml("<office:document-content/>"));
		odt.put("META-INF/manifest.xml", xml("<manifest:manifest/>"));
		assertThat(OfficeContainers.inspect(zip(odt))).isEqualTo("application/vnd.oasis.opendocument.text");
	}

	@Test
	void aContainerWithoutTheRequiredPartsIsNoOfficeDocument() {
		assertUnsupported(zip(Map.of("[Content_Types].xml", xml("<Types/>"))));
		assertUnsupported(zip(Map.of("[Content_Types].xml", xml("<Types/>"), "payload.html", xml("<script/>"))));
		Map<String, byte[]> odtWithoutContent = new LinkedHashMap<>();
		odtWithoutContent.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
		odtWithoutContent.put("META-INF/manifest.xml", xml("<m/>"));
		assertUnsupported(zip(odtWithoutContent));
		assertUnsupported("PK\u0003\u0004 kein ZIP".getBytes(StandardCharsets.ISO_8859_1));
	}

	@Test
	void macrosExecutablesAndEscapingPathsAreRefused() {
		for (String part : new String[] { "word/vbaProject.bin", "word/embeddings/setup.exe", "Basic/Standard/Module1.xml",
				"../../etc/cron.d/job", "word/media/run.js" }) {
			assertUnsupported(zip(word(Map.of(part, new byte[] { 1, 2, 3 }))));
		}
	}

	@Test
	void aZipBombIsStoppedAtTheLimitNotUnpacked() {
		byte[] bomb = zip(word(Map.of("word/media/zeros.bin", new byte[64 * 1024 * 1024])));
		assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
		assertThatThrownBy(() -> OfficeContainers.inspect(bomb)).isInstanceOfSatisfying(UploadRejectedException.class,
				e -> assertThat(e.tooLarge()).isTrue());

		// moderately compressible parts that together inflate beyond the total limit
		long limit = 8L * 1024 * 1024;
		byte[] text = new byte[1024 * 1024];
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < text.length; i++) {
			text[i] = (byte) ('a' + random.nextInt(4));
		}
		Map<String, byte[]> many = new LinkedHashMap<>();
		for (int i = 0; i < limit / text.length + 1; i++) {
			many.put("word/media/part" + i + ".xml", text);
		}
		byte[] big = zip(word(many));
		assertThat(OfficeContainers.inspect(big, 2 * limit)).isEqualTo(DOCX);
		assertThatThrownBy(() -> OfficeContainers.inspect(big, limit)).isInstanceOfSatisfying(UploadRejectedException.class,
				e -> assertThat(e.tooLarge()).isTrue());
	}

	static void assertUnsupported(byte[] content) {
		assertThatThrownBy(() -> OfficeContainers.inspect(content)).isInstanceOfSatisfying(UploadRejectedException.class,
				e -> assertThat(e.tooLarge()).isFalse());
	}
}
