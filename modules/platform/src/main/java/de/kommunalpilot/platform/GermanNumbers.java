package de.kommunalpilot.platform;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers and money as German readers write them, for mails and texts built in code: „2.700,00 EUR“, „3,5“. */
public final class GermanNumbers {

	private static final DecimalFormatSymbols GERMAN = DecimalFormatSymbols.getInstance(Locale.GERMANY);

	private GermanNumbers() {
	}

	/** An amount in euros with cents: {@code 2700} → „2.700,00 EUR“; {@code null} → „–“. */
	public static String money(BigDecimal amount) {
		return amount == null ? "–" : amount(amount) + " EUR";
	}

	/** An amount as a German form field shows it: {@code 2700} → „2.700,00“. */
	public static String amount(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", GERMAN).format(amount);
	}

	/** A quantity such as hours or days, with decimals only where there are any: {@code 7.00} → „7“, {@code 3.50} → „3,5“. */
	public static String number(BigDecimal value) {
		return value == null ? "–" : new DecimalFormat("#,##0.##", GERMAN).format(value);
	}
}
