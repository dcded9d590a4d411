package de.kommunalpilot.municipalities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class RegisterRulesTests {

	static final String HEADER = String.join(",", MunicipalityRegister.COLUMNS) + "\n";

	static List<MunicipalityRegister.Row> read(String rows) throws Exception {
		return MunicipalityRegister.read(new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void namesAreWrittenAsPeopleWriteThem() {
		assertThat(RegisterEntry.commonName("Böblingen, Stadt")).isEqualTo("Stadt Böblingen");
		assertThat(RegisterEntry.commonName("Tübingen, Universitätsstadt")).isEqualTo("Universitätsstadt Tübingen");
		assertThat(RegisterEntry.commonName("Dettingen an der Erms")).isEqualTo("Dettingen an der Erms");
		assertThat(RegisterEntry.commonName("Gemeindefreier Grundbesitz X, gemeindefreies Gebiet"))
				.isEqualTo("Gemeindefreier Grundbesitz X (gemeindefreies Gebiet)");
	}

	static Municipality entry(String ags, String officialName) {
		return Municipality.fromRegister(new RegisterEntry(ags, Municipality.Kind.GEMEINDE, officialName,
				RegisterEntry.commonName(officialName), null, null, null, null, null, null, null));
	}

	@Test
	void aMunicipalityIsCalledAsPeopleWriteIt() {
		Municipality konstanz = entry("08335043", "Konstanz, Universitätsstadt");
		assertThat(List.of("Konstanz", "Universitätsstadt Konstanz", "konstanz,  universitätsstadt", "Stadt Konstanz",
				"Große Kreisstadt Konstanz")).allMatch(konstanz::isCalled);
		assertThat(List.of("", "Konstanz am Bodensee", "Stadt", "Radolfzell", "Stadtkonstanz")).noneMatch(konstanz::isCalled);
		Municipality neustetten = entry("08416049", "Neustetten");
		assertThat(neustetten.isCalled("Gemeinde Neustetten")).isTrue();
		assertThat(neustetten.isCalled("Stetten")).isFalse();
	}

	@Test
	void districtLabelsDoNotSayKreisTwice() {
		assertThat(new District("08119", "Rems-Murr-Kreis", District.Kind.LANDKREIS, "Stuttgart").label()).isEqualTo("Rems-Murr-Kreis");
		assertThat(new District("08416", "Tübingen", District.Kind.LANDKREIS, "Tübingen").label()).isEqualTo("Landkreis Tübingen");
		assertThat(new District("08121", "Heilbronn", District.Kind.STADTKREIS, "Stuttgart").label()).isEqualTo("Stadtkreis Heilbronn");
	}

	@Test
	void readsQuotedRowsWithTheirFigures() throws Exception {
		List<MunicipalityRegister.Row> rows = read("""
				08115003,"Böblingen, Stadt",08115000,Böblingen,Reg.-Bez. Stuttgart,"Böblingen, Stadt",39.04,50161,71032,9.009663,48.685296,dicht besiedelt
				""");
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.officialName()).isEqualTo("Böblingen, Stadt");
			assertThat(row.districtKey()).isEqualTo("08115");
			assertThat(row.region()).isEqualTo("Stuttgart");
			assertThat(row.population()).isEqualTo(50161);
			assertThat(row.postcode()).isEqualTo("71032");
			assertThat(row.latitude()).isEqualTo(48.685296);
		});
	}

	@Test
	void refusesAnExtractWithAWrongRowNamingTheLine() {
		assertThatThrownBy(() -> read("""
				08115003,"Böblingen, Stadt",08115000,Böblingen,Reg.-Bez. Stuttgart,,39.04,50161,71032,9.009663,48.685296,
				09162000,"München, Landeshauptstadt",09162000,München,Oberbayern,,310.7,1484226,80331,11.57,48.13,
				""")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("Zeile 3:").hasMessageContaining("09162000");
		assertThatThrownBy(() -> read("""
				08115003,"Böblingen, Stadt",08115000,Böblingen,Reg.-Bez. Stuttgart,,39.04,50161,71032,9.009663,48.685296,
				08115003,"Böblingen, Stadt",08115000,Böblingen,Reg.-Bez. Stuttgart,,39.04,50161,71032,9.009663,48.685296,
				""")).hasMessageContaining("doppelt");
		assertThatThrownBy(() -> read("""
				08115003,"Böblingen, Stadt",08115000,Böblingen,Reg.-Bez. Stuttgart,,39.04,viele,71032,9.009663,48.685296,
				""")).hasMessageStartingWith("Zeile 2:");
		assertThatThrownBy(() -> MunicipalityRegister.read(new ByteArrayInputStream("ags,name\n08115003,X\n".getBytes(StandardCharsets.UTF_8))))
				.hasMessageContaining("Spalten");
	}
}
