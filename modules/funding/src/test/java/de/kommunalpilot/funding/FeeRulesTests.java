package de.kommunalpilot.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.NotPermittedException;

class FeeRulesTests {

	static final FundingTerms TERMS = FundingRulesTests.TERMS;
	static final YearMonth MARCH = YearMonth.of(2026, 3);

	static FeeStatement.Consultation held(int day, String hours) {
		return new FeeStatement.Consultation(UUID.randomUUID(), "P-2026-0001", MARCH.atDay(day), new BigDecimal(hours));
	}

	static FeeStatement statement(String dailyFee, String... hours) {
		List<FeeStatement.Consultation> consultations = new java.util.ArrayList<>();
		for (int i = 0; i < hours.length; i++) {
			consultations.add(held(i + 1, hours[i]));
		}
		return new FeeStatement("H-2026-0001", "expertin", "Amina Yılmaz", MARCH, consultations, new BigDecimal(dailyFee), TERMS);
	}

	@Test
	void hoursAreValuedAsDaysOfTheAgreedFeeToTheCent() {
		// 3,5 h of an 8-hour day at 450,00 EUR = 196,875 → 196,88; 0,25 h = 14,0625 → 14,06
		FeeStatement statement = statement("450", "3.5", "0.25", "8");
		assertThat(statement.items()).extracting(FeeStatement.Item::amount)
				.containsExactly(new BigDecimal("196.88"), new BigDecimal("14.06"), new BigDecimal("450.00"));
		assertThat(statement.total()).isEqualTo(new BigDecimal("660.94"));
		assertThat(statement.hours()).isEqualByComparingTo("11.75");
		assertThat(statement.monthLabel()).isEqualTo("März 2026");
	}

	@Test
	void aStatementNeedsHoursOfItsMonthAndAnAgreedFee() {
		assertThatThrownBy(() -> statement("450")).isInstanceOf(ConflictException.class).hasMessageContaining("keine Beratungsstunden");
		assertThatThrownBy(() -> statement("0", "2")).isInstanceOf(ConflictException.class).hasMessageContaining("kein Tageshonorar");
		assertThatThrownBy(() -> new FeeStatement("H-2026-0002", "expertin", "Amina Yılmaz", MARCH, List.of(new FeeStatement.Consultation(
				UUID.randomUUID(), "P-2026-0001", LocalDate.of(2026, 4, 1), BigDecimal.ONE)), BigDecimal.TEN, TERMS))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theExpertConfirmsACoordinatorChecksAgainstTheDocumentationAndTwoOtherPeopleApproveABigAmount() {
		FeeStatement statement = statement("450", "8", "8", "8", "8", "8", "8"); // 2.700,00 EUR, above 2.500,00
		assertThatThrownBy(() -> statement.confirm("experte")).isInstanceOf(NotPermittedException.class);
		assertThatThrownBy(() -> statement.check("koordination", List.of())).isInstanceOf(ConflictException.class);
		statement.confirm("expertin");
		assertThatThrownBy(() -> statement.check("koordination", List.of("P-2026-0001"))).isInstanceOf(ConflictException.class)
				.hasMessageContaining("Dokumentation von P-2026-0001");
		statement.check("koordination", List.of());
		assertThatThrownBy(() -> statement.approve("koordination", TERMS.secondApprovalAbove())).isInstanceOf(ConflictException.class)
				.hasMessageContaining("Vier-Augen-Prinzip");
		assertThat(statement.approve("leitung", TERMS.secondApprovalAbove())).as("a first approval only").isFalse();
		assertThat(statement.awaitsSecondApproval()).isTrue();
		assertThatThrownBy(() -> statement.approve("leitung", TERMS.secondApprovalAbove())).isInstanceOf(ConflictException.class)
				.hasMessageContaining("andere Person");
		assertThatThrownBy(() -> statement.approve("koordination", TERMS.secondApprovalAbove())).isInstanceOf(ConflictException.class);
		assertThat(statement.approve("leitung2", TERMS.secondApprovalAbove())).isTrue();
		assertThat(statement.status()).isEqualTo(FeeStatement.Status.APPROVED);
		assertThatThrownBy(() -> statement.approve("leitung3", TERMS.secondApprovalAbove())).isInstanceOf(ConflictException.class);
		statement.booked(UUID.randomUUID());
		statement.paid();
		assertThat(statement.status()).isEqualTo(FeeStatement.Status.PAID);
	}

	@Test
	void aSmallAmountNeedsOneApprovalByAnotherPerson() {
		FeeStatement statement = statement("450", "4");
		statement.confirm("expertin");
		statement.check("koordination", List.of());
		assertThat(statement.approve("leitung", TERMS.secondApprovalAbove())).isTrue();
		assertThat(statement.approvals().approvedBy()).isEqualTo("leitung");
	}

	@Test
	void aConfirmedStatementIsGivenBackWithAReason() {
		FeeStatement statement = statement("450", "2");
		assertThatThrownBy(() -> statement.giveBack("koordination", "passt nicht")).as("not confirmed yet").isInstanceOf(ConflictException.class);
		statement.confirm("expertin");
		assertThatThrownBy(() -> statement.giveBack("koordination", "")).isInstanceOf(de.kommunalpilot.platform.InvalidInputException.class);
		statement.giveBack("koordination", "Die Dokumentation ist noch nicht freigegeben.");
		assertThat(statement.status()).isEqualTo(FeeStatement.Status.RETURNED);
		assertThatThrownBy(() -> statement.check("koordination", List.of())).isInstanceOf(ConflictException.class);
	}
}
