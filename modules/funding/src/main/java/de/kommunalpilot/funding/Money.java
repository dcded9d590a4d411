package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

import de.kommunalpilot.platform.InvalidInputException;

/**
 * The one rule for amounts of money: euros with at most two decimals (cents), never floating point, positive where
 * something is spent, and below the terms' maximum. Pages type them the German way („1.234,56“).
 */
public final class Money {

	private Money() {
	}

	/** Checks an amount for the field; returns it with exactly two decimals, or null when refused. */
	public static BigDecimal check(InvalidInputException.Collector violations, String field, BigDecimal amount, boolean zeroAllowed,
			BigDecimal maximum) {
		if (amount == null) {
			violations.reject(field, "Bitte einen Betrag angeben.");
			return null;
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			violations.reject(field, "Beträge haben höchstens zwei Nachkommastellen (Cent).");
			return null;
		}
		if (zeroAllowed ? amount.signum() < 0 : amount.signum() <= 0) {
			violations.reject(field, zeroAllowed ? "Der Betrag darf nicht negativ sein." : "Der Betrag muss größer als 0 sein.");
			return null;
		}
		if (amount.compareTo(maximum) > 0) {
			violations.reject(field, "Der Betrag ist zu hoch (höchstens " + de.kommunalpilot.platform.GermanNumbers.money(maximum) + ").");
			return null;
		}
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

	/**
	 * An amount as people type it on a page: „1.234,56“, „1234,56“, „1234.56“ or „1.234 €“; null for blank; a text that is
	 * no amount is refused at the field.
	 */
	public static BigDecimal parse(InvalidInputException.Collector violations, String field, String typed) {
		return parseDecimal(violations, field, typed, "Bitte einen Betrag in Euro angeben, z. B. 1.234,56.");
	}

	/** A decimal number typed the German way („12,5“, „1.234,5“), or the English one; null for blank; otherwise the message at the field. */
	public static BigDecimal parseDecimal(InvalidInputException.Collector violations, String field, String typed, String message) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		String text = typed.strip().replace("€", "").replace("EUR", "").replace(" ", "").replace("\u00a0", "");
		if (text.contains(",")) {
			text = text.replace(".", "").replace(',', '.');
		}
		else if (text.matches("\\d{1,3}(\\.\\d{3})+")) {
			text = text.replace(".", ""); // „1.234“: thousands
		}
		if (!text.matches("-?\\d{1,12}(\\.\\d+)?")) {
			violations.reject(field, message);
			return null;
		}
		return new BigDecimal(text);
	}
}
