package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import de.kommunalpilot.municipalities.MunicipalityRegister;
import de.kommunalpilot.pilots.process.demo.DemoData;

/**
 * The official register in the database: all 1,103 municipalities of Baden-Württemberg and the 35 Landkreise as
 * applicants after the start-up import, the ids of municipalities known before kept; a newer extract updates names
 * and figures and marks a vanished key inactive without deleting it or breaking the pilot that names it; a wrong
 * extract changes nothing.
 */
@IntegrationTest
class MunicipalityRegisterIntegrationTests {

	@Autowired MunicipalityRegister register;
	@Autowired JdbcTemplate jdbc;
	@Autowired DemoData demo;
	@org.springframework.boot.test.web.server.LocalServerPort int port;

	static String shipped() throws Exception {
		try (var in = new ClassPathResource(MunicipalityRegister.SHIPPED).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	int count(String where, Object... args) {
		return jdbc.queryForObject("select count(*) from municipality_municipality where " + where, Integer.class, args);
	}

	@Test
	void theStartUpImportBringsEveryMunicipalityAndKeepsKnownIds() {
		assertThat(count("in_register and kind = 'GEMEINDE' and active")).isEqualTo(1103);
		assertThat(count("in_register and kind = 'LANDKREIS' and active")).isEqualTo(35);
		assertThat(jdbc.queryForObject("select sum(population) from municipality_municipality where in_register and kind = 'GEMEINDE'",
				Long.class)).isEqualTo(11_100_394L);
		assertThat(jdbc.queryForMap("select id::text as id, name, postcode, official_name from municipality_municipality where ags = '08416041'"))
				.containsEntry("id", "135eb1f1-1349-50c1-a8e2-3e35cdce3538").containsEntry("name", "Universitätsstadt Tübingen")
				.containsEntry("official_name", "Tübingen, Universitätsstadt").containsEntry("postcode", "72070");
		assertThat(jdbc.queryForObject("select name from municipality_municipality where ags = '08119000'", String.class))
				.isEqualTo("Rems-Murr-Kreis");
		assertThat(jdbc.queryForObject("select name from municipality_municipality where ags = '08416000'", String.class))
				.isEqualTo("Landkreis Tübingen");
		assertThat(register.imported(MunicipalityRegister.checksum(utf8(shippedUnchecked())))).isTrue();
	}

	@Test
	void aNewerExtractUpdatesAndDeactivatesWithoutDeletingAndAWrongOneChangesNothing() throws Exception {
		String original = shipped();
		String pilot = demo.pilotAt("ENQUIRY", "08436064", "Stadt Ravensburg", "Vor der Fusion");
		List<String> lines = original.lines().collect(Collectors.toList());
		// Ravensburg leaves the register (say, a merger), Böblingen grows, Leonberg is renamed
		lines.removeIf(line -> line.startsWith("08436064,"));
		lines.replaceAll(line -> line.startsWith("08115003,") ? line.replace(",50161,", ",50999,") : line);
		lines.replaceAll(line -> line.startsWith("08115028,") ? line.replace("\"Leonberg, Stadt\",08115000", "\"Leonberg, Große Kreisstadt\",08115000") : line);
		try {
			MunicipalityRegister.Report report = register.importFrom(new ByteArrayInputStream(utf8(String.join("\n", lines))), "test");
			assertThat(report.read()).isEqualTo(1102);
			assertThat(report.added()).isZero();
			assertThat(report.deactivated()).isEqualTo(1);
			// Böblingen, Leonberg, and the Landkreise Böblingen and Ravensburg whose sums changed
			assertThat(report.updated()).isEqualTo(4);
			assertThat(report.changes()).anyMatch(change -> change.startsWith("08115003") && change.contains("Einwohner 50161 → 50999"))
					.anyMatch(change -> change.startsWith("08115028") && change.contains("Name Stadt Leonberg → Große Kreisstadt Leonberg"))
					.anyMatch(change -> change.startsWith("08436064") && change.contains("inaktiv"));
			assertThat(count("ags = '08436064'")).as("never deleted").isOne();
			assertThat(count("ags = '08436064' and not active")).isOne();
			assertThat(jdbc.queryForObject("select municipality_name from pilot_pilot where reference = ?", String.class, pilot))
					.isEqualTo("Stadt Ravensburg");
			WebClientSession page = new WebClientSession(port);
			page.login("koordination", "demo");
			assertThat(page.get("/pilotvorhaben/" + pilot).statusCode()).as("the pilot still opens").isEqualTo(200);

			int before = count("active");
			String wrong = original.replace("08115003,\"Böblingen, Stadt\"", "0811500X,\"Böblingen, Stadt\"");
			assertThatThrownBy(() -> register.importFrom(new ByteArrayInputStream(utf8(wrong)), "wrong"))
					.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0811500X");
			assertThat(count("active")).isEqualTo(before);
			assertThat(count("ags = '08436064' and not active")).as("nothing changed by the refused extract").isOne();
		}
		finally {
			MunicipalityRegister.Report back = register.importFrom(new ByteArrayInputStream(utf8(original)), "original");
			assertThat(back.changes()).anyMatch(change -> change.startsWith("08436064") && change.contains("wieder im Verzeichnis"));
			new Api(port, "koordination").post("/api/pilots/" + pilot + "/cancellation", java.util.Map.of("reason", "Test beendet"));
		}
		assertThat(count("ags = '08436064' and active")).isOne();
	}


	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static String shippedUnchecked() {
		try {
			return shipped();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
