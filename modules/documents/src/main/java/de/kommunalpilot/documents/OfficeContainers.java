package de.kommunalpilot.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import de.kommunalpilot.platform.UploadRejectedException;

/**
 * Looks inside an office document (OOXML or OpenDocument, both ZIP containers) before it is stored: read
 * through the central directory as office programs read it, it must hold the parts its format requires,
 * no macros or executable entries and no paths that leave the container; and it must not inflate beyond
 * {@link #MAX_INFLATED_BYTES} in total or by more than {@link #MAX_RATIO} per entry (a zip bomb). Entries
 * are inflated with a running count, so a bomb is stopped at the limit, never unpacked. The format is
 * decided by the parts, not by the file name.
 */
final class OfficeContainers {

	/** Everything inside, inflated, at most this much. */
	static final long MAX_INFLATED_BYTES = 200L * 1024 * 1024;
	/** An entry may grow by at most this factor … */
	static final int MAX_RATIO = 100;
	/** … once it is larger than this (small, very regular XML parts compress far better). */
	static final long RATIO_FROM_BYTES = 1024 * 1024;
	static final int MAX_ENTRIES = 5000;

	private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
			"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
	private static final Set<String> ODF_TYPES = Set.of("application/vnd.oasis.opendocument.text",
			"application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.presentation");
	/** Macros (VBA, OpenDocument Basic and scripts) and programs. */
	private static final Pattern EXECUTABLE = Pattern.compile(
			"(?i)(^|/)(vbaProject\\.bin|vbaData\\.xml)$|^(Basic|Scripts)/|\\.(exe|dll|com|scr|bat|cmd|ps1|vbs|vbe|js|jse|wsf|msi|jar|sh|app|hta|cpl|lnk)$");

	private static final String NOT_OFFICE = "Die Datei ist kein gültiges Office- oder OpenDocument-Dokument.";

	private OfficeContainers() {
	}

	/** The format the container holds, or an {@link UploadRejectedException} (413 for a bomb, 415 otherwise). */
	static String inspect(byte[] content) {
		return inspect(content, MAX_INFLATED_BYTES);
	}

	/** With a smaller total limit, for tests. */
	static String inspect(byte[] content, long maxInflated) {
		Path file = null;
		try {
			file = Files.createTempFile("kommunalpilot-upload", ".zip");
			Files.write(file, content);
			try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
				return inspect(zip, maxInflated);
			}
		}
		catch (ZipException | IllegalArgumentException e) {
			throw UploadRejectedException.unsupportedType(NOT_OFFICE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ignored) {
					// the temporary directory is cleaned by the system
				}
			}
		}
	}

	private static String inspect(ZipFile zip, long maxInflated) throws IOException {
		List<? extends ZipEntry> entries = Collections.list(zip.entries());
		if (entries.size() > MAX_ENTRIES) {
			throw UploadRejectedException.tooLarge("Das Dokument enthält mehr als " + MAX_ENTRIES + " Teile.");
		}
		Set<String> names = new HashSet<>();
		long inflated = 0;
		for (ZipEntry entry : entries) {
			String name = entry.getName();
			if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..") || !names.add(name)) {
				throw UploadRejectedException.unsupportedType(NOT_OFFICE);
			}
			if (EXECUTABLE.matcher(name).find()) {
				throw UploadRejectedException.unsupportedType(
						"Das Dokument enthält Makros oder ausführbare Teile (" + name + "); bitte ohne Makros speichern.");
			}
			inflated += inflate(zip, entry, maxInflated - inflated, maxInflated);
		}
		String type = format(zip, names);
		if (type == null) {
			throw UploadRejectedException.unsupportedType(NOT_OFFICE);
		}
		return type;
	}

	/** Inflates the entry counting its bytes and stops at the first limit it crosses. */
	private static long inflate(ZipFile zip, ZipEntry entry, long budget, long maxInflated) throws IOException {
		long compressed = Math.max(entry.getCompressedSize(), 1);
		long count = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = zip.getInputStream(entry)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				count += read;
				if (count > budget) {
					throw UploadRejectedException.tooLarge("Das Dokument wird entpackt größer als "
							+ maxInflated / (1024 * 1024) + " MB und wird deshalb nicht angenommen.");
				}
				if (count > RATIO_FROM_BYTES && count / compressed > MAX_RATIO) {
					throw UploadRejectedException.tooLarge("Ein Teil des Dokuments ist ungewöhnlich stark komprimiert ("
							+ entry.getName() + "); das Dokument wird deshalb nicht angenommen.");
				}
			}
		}
		return count;
	}

	/** OOXML: content types, relationships and one main part; OpenDocument: its mimetype, manifest and content. */
	private static String format(ZipFile zip, Set<String> names) throws IOException {
		if (names.contains("[Content_Types].xml") && names.contains("_rels/.rels")) {
			List<String> main = OOXML_MAIN_PARTS.keySet().stream().filter(names::contains).toList();
			return main.size() == 1 ? OOXML_MAIN_PARTS.get(main.get(0)) : null;
		}
		ZipEntry mimetype = zip.getEntry("mimetype");
		if (mimetype != null && mimetype.getSize() < 200 && names.contains("content.xml") && names.contains("META-INF/manifest.xml")) {
			try (InputStream in = zip.getInputStream(mimetype)) {
				String declared = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip().toLowerCase(Locale.ROOT);
				return ODF_TYPES.contains(declared) ? declared : null;
			}
		}
		return null;
	}
}
