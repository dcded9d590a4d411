package de.kommunalpilot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every „today“ is Baden-Württemberg's: no class asks the server's time zone for the day, month or year
 * ({@code LocalDate.now()} and its kin without a zone), since between 23:00 and 24:00 UTC (or 22:00 in summer)
 * the server's day is yesterday in Stuttgart. {@code GermanDates.ZONE} is the one home of the zone.
 */
class BerlinClockTests {

	static final ArchRule NO_SERVER_TODAY = noClasses().should().callMethod(LocalDate.class, "now")
			.orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(YearMonth.class, "now")
			.orShould().callMethod(Year.class, "now").because("the day is the day in Europe/Berlin (GermanDates.ZONE)");

	@Test
	void asksForTheDayInBerlinEverywhere() {
		JavaClasses classes = new ClassFileImporter().importPackages("de.kommunalpilot");
		assertThat(classes).hasSizeGreaterThan(150);
		NO_SERVER_TODAY.check(classes);
	}

	@Test
	void findsAClassThatAsksTheServersZone() {
		assertThat(NO_SERVER_TODAY.evaluate(new ClassFileImporter().importPackages("fixture.clock")).hasViolation()).isTrue();
	}
}
