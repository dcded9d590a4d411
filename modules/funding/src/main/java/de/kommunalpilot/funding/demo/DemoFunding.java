package de.kommunalpilot.funding.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.funding.Expenditure;
import de.kommunalpilot.funding.Funding;
import de.kommunalpilot.platform.GermanDates;

/**
 * A demo funding period (demo profile only): the current and the next calendar year under one grant notice, a financing
 * plan, and a few other expenditures, committed and paid.
 */
@Component
@Profile("demo")
class DemoFunding {

	private static final Logger log = LoggerFactory.getLogger(DemoFunding.class);

	private final Funding funding;
	private final TransactionTemplate transactions;
	private final boolean enabled;

	DemoFunding(Funding funding, TransactionTemplate transactions, @Value("${kommunalpilot.demo.data:true}") boolean enabled) {
		this.funding = funding;
		this.transactions = transactions;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(40)
	void onReady() {
		if (!enabled || !funding.periods().isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now(GermanDates.ZONE);
		LocalDate start = today.withDayOfYear(1);
		Map<String, BigDecimal> plan = new LinkedHashMap<>();
		plan.put("HONORARE", new BigDecimal("48000.00"));
		plan.put("REISEKOSTEN", new BigDecimal("6500.00"));
		plan.put("VERANSTALTUNGEN", new BigDecimal("9000.00"));
		plan.put("AUSSTELLUNG", new BigDecimal("7500.00"));
		plan.put("SACHKOSTEN", new BigDecimal("3000.00"));
		plan.put("PERSONAL", new BigDecimal("96000.00"));
		String reference = transactions.execute(status -> {
			String ref = funding.open(new Funding.OpenPeriod("Migration und Entwicklung auf kommunaler Ebene " + start.getYear() + "–"
					+ (start.getYear() + 1), "Engagement Global – FEB", "FEB-" + start.getYear() + "-0815", start, start.plusYears(2).minusDays(1),
					new BigDecimal("153000.00"), new BigDecimal("17000.00"), plan), "leitung").reference();
			LocalDate early = start.isBefore(today.minusDays(20)) ? today.minusDays(20) : today;
			Expenditure shipping = funding.record(ref, new Funding.Booking("AUSSTELLUNG", early, "Spedition Neckar GmbH",
					"Versand Ausstellungsset A nach Ulm und zurück", new BigDecimal("486.50"), null), "koordination");
			funding.pay(shipping.id(), today, "Buchung 2026-117", "leitung");
			funding.record(ref, new Funding.Booking("VERANSTALTUNGEN", today, "Tagungshaus am Fluss", "Raummiete und Verpflegung, 1. Austauschtreffen",
					new BigDecimal("1240.00"), null), "koordination");
			funding.record(ref, new Funding.Booking("SACHKOSTEN", today, "Druckerei Schwarzwald", "Druck der Handreichung, 300 Exemplare",
					new BigDecimal("912.35"), null), "koordination");
			return ref;
		});
		log.info("Demo data: funding period {} with a financing plan and three expenditures", reference);
	}
}
