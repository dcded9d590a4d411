package de.kommunalpilot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormFieldsTests {

	@Test
	void controlCharactersAndBidiOverridesAreRefusedButLineBreaksAndTabsPass() {
		assertThat(FormFields.hasControlCharacters("Zeile\nZeile\tmit Tab\r\n, Umlaute äöü und 🙂")).isFalse();
		for (String text : new String[] { "a\u0000", "a\u0001", "a\u001b", "a\u007f", "a\u0085", "a\u202e", "a\u2066", "a\uffff" }) {
			assertThat(FormFields.hasControlCharacters(text)).as(text).isTrue();
		}
	}

	@Test
	void printableDropsWhatXmlCannotHoldAndKeepsTheRest() {
		assertThat(FormFields.printable("Alt\u0001ge\u001bspeichert \u202eüber 🙂", false)).isEqualTo("Altgespeichert über 🙂");
		assertThat(FormFields.printable("Zeile\nZeile\tTab", false)).isEqualTo("Zeile\nZeile\tTab");
		assertThat(FormFields.printable("Betreff\r\nBcc: x", true)).isEqualTo("Betreff  Bcc: x");
		assertThat(FormFields.printable("halb\ud83d", false)).isEqualTo("halb");
		String clean = "unverändert";
		assertThat(FormFields.printable(clean, true)).isSameAs(clean);
		assertThat(FormFields.printable(null, true)).isNull();
	}
}
