package de.kommunalpilot.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.PersonalData.Person;

class EnginePersonalDataTests {

	final Map<Pattern, String> replacements = EnginePersonalData.replacements(
			new Person("anna", "Anna Şahin", "anna.sahin@example.org", "geloescht-1234abcd"));

	@Test
	void nameAndAddressAnyCaseAndTheLoginAsAWholeWord() {
		assertThat(EnginePersonalData.replace("Beratung durch ANNA ŞAHIN (anna.sahin@example.org)", replacements))
				.isEqualTo("Beratung durch Gelöschte Person (Gelöschte Person)");
		assertThat(EnginePersonalData.replace("anna", replacements)).isEqualTo("geloescht-1234abcd");
		assertThat(EnginePersonalData.replace("[\"anna\",\"johanna\",\"anna.maria\",\"annas\"]", replacements))
				.isEqualTo("[\"geloescht-1234abcd\",\"johanna\",\"anna.maria\",\"annas\"]");
		String untouched = "Johanna Berg";
		assertThat(EnginePersonalData.replace(untouched, replacements)).isSameAs(untouched);
	}

	@Test
	void serializedValuesAreRewrittenAndBinaryContentIsLeftAlone() {
		byte[] json = "[{\"label\":\"Anna Şahin – 3 Vorhaben\",\"value\":\"e-1\"}]".getBytes(StandardCharsets.UTF_8);
		assertThat(new String(EnginePersonalData.replace(json, replacements), StandardCharsets.UTF_8))
				.isEqualTo("[{\"label\":\"Gelöschte Person – 3 Vorhaben\",\"value\":\"e-1\"}]");
		byte[] binary = { (byte) 0xff, (byte) 0xfe, 'a', 'n', 'n', 'a' };
		assertThat(EnginePersonalData.replace(binary, replacements)).isSameAs(binary);
	}
}
