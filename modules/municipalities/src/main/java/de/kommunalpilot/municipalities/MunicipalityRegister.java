package de.kommunalpilot.municipalities;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The official register of Baden-Württemberg's municipalities (Destatis Gemeindeverzeichnis, one row a municipality:
 * {@code ags,name,kreis_ags,kreis,regierungsbezirk,gemeindeverband,flaeche_km2,bevoelkerung,postleitzahl,
 * laengengrad,breitengrad,verstaedterung}) brought into the database. An import keeps every existing id, updates
 * names and figures, adds the Landkreise as applicants of their own (figures summed, place at the
 * population-weighted centre), marks a key that left the register inactive (never deletes it: pilots name it) and
 * reports what changed. The whole extract is checked first; one bad row changes nothing.
 */
@Service
public class MunicipalityRegister {

	/** The extract shipped with the application. */
	public static final String SHIPPED = "municipalities/gemeinden-bw.csv";

	/** Where the data appears, its source is named (Datenlizenz Deutschland – Namensnennung 2.0). */
	public static final String ATTRIBUTION = "Gemeindeverzeichnis: © Statistisches Bundesamt (Destatis), 2021, dl-de/by-2-0";

	static final String[] COLUMNS = { "ags", "name", "kreis_ags", "kreis", "regierungsbezirk", "gemeindeverband", "flaeche_km2",
			"bevoelkerung", "postleitzahl", "laengengrad", "breitengrad", "verstaedterung" };

	private static final Logger log = LoggerFactory.getLogger(MunicipalityRegister.class);

	private final MunicipalityRepository municipalities;
	private final DistrictRepository districts;
	private final JdbcTemplate jdbc;
	private final MunicipalityMap map;

	MunicipalityRegister(MunicipalityRepository municipalities, DistrictRepository districts, JdbcTemplate jdbc, MunicipalityMap map) {
		this.municipalities = municipalities;
		this.districts = districts;
		this.jdbc = jdbc;
		this.map = map;
	}

	/** What an import did. {@code changes} lists each changed entry in words. */
	public record Report(String source, String checksum, int read, int added, int updated, int deactivated, int unchanged,
			List<String> changes) {

		public String summary() {
			return "Gemeindeverzeichnis " + source + ": " + read + " Einträge gelesen, " + added + " neu, " + updated + " geändert, "
					+ deactivated + " nicht mehr im Verzeichnis (inaktiv), " + unchanged + " unverändert";
		}
	}

	/** One row of the extract, checked. */
	record Row(String ags, String officialName, String districtKey, String district, String region, String association,
			BigDecimal areaKm2, Integer population, String postcode, Double longitude, Double latitude, String urbanisation) {
	}

	/** The SHA-256 of an extract, by which an import is remembered. */
	public static String checksum(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Whether an extract with this checksum was imported already. */
	@Transactional(readOnly = true)
	public boolean imported(String checksum) {
		return jdbc.queryForObject("select count(*) from municipality_register_import where checksum = ?", Integer.class, checksum) > 0;
	}

	/** Imports an extract (UTF-8 CSV with the register's columns) in one transaction. */
	@Transactional
	public Report importFrom(InputStream extract, String source) throws IOException {
		byte[] content = extract.readAllBytes();
		List<Row> rows = read(new java.io.ByteArrayInputStream(content));
		String checksum = checksum(content);

		rows.stream().collect(Collectors.toMap(Row::districtKey, Function.identity(), (first, second) -> first, LinkedHashMap::new))
				.values().forEach(this::ensureDistrict);
		List<RegisterEntry> entries = new ArrayList<>(rows.stream().map(MunicipalityRegister::entry).toList());
		entries.addAll(landkreise(rows));

		Map<String, Municipality> existing = municipalities.findAll().stream().collect(Collectors.toMap(Municipality::agsValue,
				Function.identity()));
		int added = 0;
		int updated = 0;
		int unchanged = 0;
		List<String> changes = new ArrayList<>();
		for (RegisterEntry entry : entries) {
			Municipality municipality = existing.remove(entry.ags());
			if (municipality == null) {
				municipalities.save(Municipality.fromRegister(entry));
				added++;
				continue;
			}
			List<String> changed = municipality.applyRegister(entry);
			if (changed.isEmpty()) {
				unchanged++;
			}
			else {
				updated++;
				changes.add(entry.ags() + " " + entry.name() + ": " + String.join(", ", changed));
			}
		}
		int deactivated = 0;
		for (Municipality gone : existing.values()) {
			// only what the register brought leaves with it; an entry that came from an enquiry alone stays as it is
			if (gone.inRegister() && gone.deactivate()) {
				deactivated++;
				changes.add(gone.agsValue() + " " + gone.name() + ": nicht mehr im Verzeichnis, inaktiv");
			}
		}
		Report report = new Report(source, checksum, rows.size(), added, updated, deactivated, unchanged, changes);
		jdbc.update("""
				insert into municipality_register_import (id, source, checksum, imported_at, added, updated, deactivated, unchanged, report)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), source, checksum, java.sql.Timestamp.from(Instant.now()), added,
				updated, deactivated, unchanged, String.join("\n", changes));
		// the map draws seats and outline anew once this import is committed (a refused one changes nothing)
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						map.forget();
					}
				});
		log.info("{}", report.summary());
		changes.stream().limit(50).forEach(change -> log.info("  {}", change));
		return report;
	}

	/** The extract's rows, every one checked; the first wrong one stops the import with its line number. */
	static List<Row> read(InputStream extract) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		List<Row> rows = new ArrayList<>();
		try (var parser = format.parse(new InputStreamReader(extract, StandardCharsets.UTF_8))) {
			if (!parser.getHeaderNames().containsAll(List.of(COLUMNS))) {
				throw new IllegalArgumentException("Das Verzeichnis braucht die Spalten " + String.join(",", COLUMNS) + "; es hat "
						+ String.join(",", parser.getHeaderNames()) + ".");
			}
			Set<String> seen = new java.util.HashSet<>();
			for (CSVRecord record : parser) {
				Row row = row(record);
				if (!seen.add(row.ags())) {
					throw new IllegalArgumentException("Zeile " + record.getRecordNumber() + ": der Schlüssel " + row.ags() + " kommt doppelt vor.");
				}
				rows.add(row);
			}
		}
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("Das Verzeichnis enthält keine Gemeinde.");
		}
		return rows;
	}

	private static Row row(CSVRecord record) {
		long line = record.getRecordNumber() + 1;
		try {
			String ags = record.get("ags").strip();
			if (!ags.matches(Ags.PATTERN)) {
				throw new IllegalArgumentException("„" + ags + "“ ist kein Gemeindeschlüssel aus Baden-Württemberg");
			}
			String districtAgs = record.get("kreis_ags").strip();
			if (!districtAgs.startsWith(ags.substring(0, 5))) {
				throw new IllegalArgumentException("der Kreis " + districtAgs + " passt nicht zum Schlüssel " + ags);
			}
			String name = required(record.get("name"), "Name");
			return new Row(ags, name, ags.substring(0, 5), required(record.get("kreis"), "Kreis"),
					required(record.get("regierungsbezirk"), "Regierungsbezirk").replaceFirst("^Reg\\.-Bez\\.\\s*", ""),
					blankToNull(record.get("gemeindeverband")), decimal(record.get("flaeche_km2")), integer(record.get("bevoelkerung")),
					blankToNull(record.get("postleitzahl")), coordinate(record.get("laengengrad"), 7, 11),
					coordinate(record.get("breitengrad"), 47, 50.5), blankToNull(record.get("verstaedterung")));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Zeile " + line + ": " + e.getMessage() + ".", e);
		}
	}

	private static RegisterEntry entry(Row row) {
		return new RegisterEntry(row.ags(), Municipality.Kind.GEMEINDE, row.officialName(), RegisterEntry.commonName(row.officialName()),
				row.association(), row.areaKm2(), row.population(), row.postcode(), row.longitude(), row.latitude(), row.urbanisation());
	}

	/** Each Landkreis as an applicant: key „08115000“, figures of its municipalities, place at their weighted centre. */
	private static List<RegisterEntry> landkreise(List<Row> rows) {
		Map<String, List<Row>> byDistrict = rows.stream().filter(row -> !row.district().contains("Stadtkreis"))
				.collect(Collectors.groupingBy(Row::districtKey, java.util.TreeMap::new, Collectors.toList()));
		List<RegisterEntry> entries = new ArrayList<>();
		byDistrict.forEach((key, members) -> {
			long people = members.stream().mapToLong(row -> row.population() == null ? 0 : row.population()).sum();
			double weight = Math.max(1, people);
			double longitude = members.stream().mapToDouble(row -> row.longitude() * (row.population() == null ? 0 : row.population())).sum() / weight;
			double latitude = members.stream().mapToDouble(row -> row.latitude() * (row.population() == null ? 0 : row.population())).sum() / weight;
			BigDecimal area = members.stream().map(Row::areaKm2).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
			String district = members.get(0).district();
			String name = district.toLowerCase(java.util.Locale.GERMAN).endsWith("kreis") ? district : "Landkreis " + district;
			entries.add(new RegisterEntry(key + "000", Municipality.Kind.LANDKREIS, name, name, null, area,
					(int) Math.min(Integer.MAX_VALUE, people), null, Math.round(longitude * 1e6) / 1e6, Math.round(latitude * 1e6) / 1e6,
					null));
		});
		return entries;
	}

	private void ensureDistrict(Row row) {
		if (!districts.existsById(row.districtKey())) {
			boolean city = row.district().contains("Stadtkreis");
			districts.save(new District(row.districtKey(), row.district().replaceFirst(",\\s*Stadtkreis$", ""),
					city ? District.Kind.STADTKREIS : District.Kind.LANDKREIS, row.region()));
		}
	}

	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(what + " fehlt");
		}
		return value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static BigDecimal decimal(String value) {
		return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
	}

	private static Integer integer(String value) {
		return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
	}

	private static Double coordinate(String value, double min, double max) {
		double number = Double.parseDouble(required(value, "Koordinate"));
		if (number < min || number > max) {
			throw new IllegalArgumentException("die Koordinate " + value + " liegt nicht in Baden-Württemberg");
		}
		return number;
	}
}
