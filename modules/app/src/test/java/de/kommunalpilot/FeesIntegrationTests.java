package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import de.kommunalpilot.funding.FeeStatement;
import de.kommunalpilot.funding.Fees;
import de.kommunalpilot.pilots.process.demo.DemoData;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.NotPermittedException;

/**
 * A pilot's consultations become an expert's fee statement: valued with the expert's daily fee, confirmed by the
 * expert, checked against the approved documentation, approved by another person than the checker, booked on the fee
 * line of the funding period and paid — and found in budget control and the Belegliste. Hours are billed once; a
 * statement with a pilot whose documentation is not approved is not checked.
 */
@IntegrationTest
class FeesIntegrationTests {

	@LocalServerPort int port;
	@Autowired DemoData demo;
	@Autowired Fees fees;
	@Autowired JdbcTemplate jdbc;

	static final String EXPERT = "expert03";

	BigDecimal unbilled() {
		return fees.unbilledHours(EXPERT, YearMonth.now(GermanDates.ZONE));
	}

	@Test
	void consultationsBecomeAFeeThatIsCheckedApprovedBookedAndPaid() {
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		Api lead = new Api(port, "leitung");
		String period = Api.parse(lead.post("/api/funding/periods", FundingIntegrationTests.period("Honorare", today.minusDays(40),
				today.plusYears(1))).body()).path("reference").asText();
		demo.ensureExperts();
		String documented = demo.pilotAt("FEEDBACK", "08415062", "Riederich", "Honorar nach Dokumentation", EXPERT);
		BigDecimal logged = jdbc.queryForObject("""
				select sum(c.hours) from pilot_consultation c join pilot_pilot p on p.id = c.pilot_id where p.reference = ?""",
				BigDecimal.class, documented);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unbilled().compareTo(logged) >= 0);

		YearMonth month = YearMonth.now(GermanDates.ZONE);
		FeeStatement statement = fees.draw(EXPERT, month);
		BigDecimal dailyFee = jdbc.queryForObject("select daily_fee from expert_expert where user_id = ?", BigDecimal.class, EXPERT);
		assertThat(statement.items()).extracting(FeeStatement.Item::pilotReference).containsOnly(documented);
		assertThat(statement.hours()).isEqualByComparingTo(logged);
		assertThat(statement.total()).isEqualByComparingTo(logged.multiply(dailyFee).divide(new BigDecimal("8"), 2, java.math.RoundingMode.HALF_UP));
		assertThat(unbilled()).as("billed once").isZero();
		assertThatThrownBy(() -> fees.draw(EXPERT, month)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> fees.draw(EXPERT, month.plusMonths(1))).isInstanceOf(ConflictException.class);

		assertThatThrownBy(() -> fees.confirm(statement.reference(), "expertin")).isInstanceOf(NotPermittedException.class);
		fees.confirm(statement.reference(), EXPERT);
		fees.check(statement.reference(), "koordination");
		assertThatThrownBy(() -> fees.approve(statement.reference(), "koordination")).isInstanceOf(ConflictException.class)
				.hasMessageContaining("Vier-Augen-Prinzip");
		FeeStatement approved = fees.approve(statement.reference(), "leitung");
		assertThat(approved.status()).isEqualTo(FeeStatement.Status.APPROVED);

		JsonNode honorare = FundingIntegrationTests.line(lead.getJson("/api/funding/periods/" + period).path("budget"), "HONORARE");
		assertThat(honorare.path("committed").decimalValue()).isEqualByComparingTo(statement.total());
		fees.pay(statement.reference(), today, "Überweisung 815", "leitung");
		assertThat(fees.get(statement.reference()).status()).isEqualTo(FeeStatement.Status.PAID);
		honorare = FundingIntegrationTests.line(lead.getJson("/api/funding/periods/" + period).path("budget"), "HONORARE");
		assertThat(honorare.path("paid").decimalValue()).isEqualByComparingTo(statement.total());
		assertThat(honorare.path("committed").decimalValue()).isZero();
		JsonNode booked = lead.getJson("/api/funding/periods/" + period + "/expenditures?size=500").path("content");
		assertThat(booked).anySatisfy(row -> {
			assertThat(row.path("kind").asText()).isEqualTo("FEE");
			assertThat(row.path("purpose").asText()).contains(statement.reference());
			assertThat(row.path("amount").decimalValue()).isEqualByComparingTo(statement.total());
			assertThat(row.path("status").asText()).isEqualTo("PAID");
		});

		// a pilot still in its implementation: its hours are billed, but not checked before its documentation is approved
		String running = demo.pilotAt("IMPLEMENTATION", "08415087", "Walddorfhäslach", "Honorar vor der Dokumentation", EXPERT);
		Api expert = new Api(port, EXPERT);
		assertThat(expert.post("/api/pilots/" + running + "/consultations", java.util.Map.of("heldOn", today.toString(), "hours", 2,
				"topic", "Planung mit dem Kulturamt")).statusCode()).isEqualTo(201);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unbilled().signum() > 0);
		FeeStatement early = fees.draw(EXPERT, month);
		fees.confirm(early.reference(), EXPERT);
		assertThatThrownBy(() -> fees.check(early.reference(), "koordination")).isInstanceOf(ConflictException.class)
				.hasMessageContaining("Dokumentation von " + running);
		assertThat(fees.get(early.reference()).status()).isEqualTo(FeeStatement.Status.CONFIRMED);
	}
}
