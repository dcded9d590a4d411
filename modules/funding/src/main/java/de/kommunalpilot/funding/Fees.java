package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.pilots.PilotEvents;
import de.kommunalpilot.pilots.PilotPhase;
import de.kommunalpilot.pilots.Pilots;
import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.GermanDates;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.ReferenceNumbers;

/**
 * The experts' fees: every consultation the pilots log is kept as a fee to bill; per expert and month a fee statement
 * (Honorarabrechnung) values them with the daily fee of the expert's fee agreement; confirmed by the expert, checked by a
 * coordinator, approved by leads (four eyes), it is booked on the fee line of the funding period the month ends in and
 * paid from there.
 */
@Service
@Transactional
public class Fees {

	/** The phases in which a pilot's documentation is approved (the fee terms pay only then). */
	public static final Set<PilotPhase> DOCUMENTED = Set.of(PilotPhase.FEEDBACK, PilotPhase.CLOSURE, PilotPhase.COMPLETED);

	private final FeeStatementRepository statements;
	private final JdbcTemplate jdbc;
	private final Experts experts;
	private final Pilots pilots;
	private final Funding funding;
	private final ReferenceNumbers references;
	private final FeeWorkflow workflow;
	private final MailOutbox mails;

	Fees(FeeStatementRepository statements, JdbcTemplate jdbc, Experts experts, Pilots pilots, Funding funding, ReferenceNumbers references,
			@org.springframework.context.annotation.Lazy FeeWorkflow workflow, MailOutbox mails) {
		this.workflow = workflow;
		this.mails = mails;
		this.statements = statements;
		this.jdbc = jdbc;
		this.experts = experts;
		this.pilots = pilots;
		this.funding = funding;
		this.references = references;
	}

	/** A consultation the pilots logged becomes a fee to bill (once, whatever the event registry repeats). */
	@ApplicationModuleListener
	void on(PilotEvents.ConsultationLogged logged) {
		jdbc.update("""
				insert into funding_consultation (consultation_id, pilot_reference, expert_user, held_on, hours) values (?, ?, ?, ?, ?)
				on conflict (consultation_id) do nothing""", logged.consultationId(), logged.reference(), logged.expertUser(), logged.heldOn(),
				logged.hours());
	}

	/**
	 * Draws up the expert's statement of a month (this one or one before), from the consultations of the month not billed
	 * yet (hours logged later go on a further statement); a month without such consultations is a conflict. The consultations are
	 * locked while drawing, and each is on one statement only (also a constraint of the table).
	 */
	public FeeStatement draw(String expertUser, YearMonth month) {
		if (month.isAfter(YearMonth.now(GermanDates.ZONE))) {
			throw new ConflictException("Ein Monat, der noch nicht begonnen hat, lässt sich nicht abrechnen.");
		}
		Expert expert = experts.findByUserId(expertUser).orElseThrow(() -> new NoSuchElementException("Keine Expert*in " + expertUser + "."));
		List<FeeStatement.Consultation> unbilled = jdbc.query("""
				select consultation_id, pilot_reference, held_on, hours from funding_consultation
				where expert_user = ? and held_on between ? and ? and statement_id is null order by held_on, pilot_reference
				for update""", (rs, row) -> new FeeStatement.Consultation(rs.getObject(1, java.util.UUID.class), rs.getString(2),
				rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)), expertUser, month.atDay(1), month.atEndOfMonth());
		FeeStatement statement = new FeeStatement(references.next("H", Year.of(month.getYear())), expertUser, expert.name(), month, unbilled,
				expert.dailyFee(), funding.terms());
		statements.saveAndFlush(statement);
		int billed = jdbc.update("update funding_consultation set statement_id = ? where statement_id is null and consultation_id = any(?)",
				statement.id(), statement.items().stream().map(FeeStatement.Item::consultationId).toArray(java.util.UUID[]::new));
		if (billed != statement.items().size()) {
			throw new ConflictException("Ein Teil dieser Stunden ist inzwischen abgerechnet; bitte neu erstellen.");
		}
		workflow.start(statement);
		return statement;
	}

	/** The experts with hours of the month not billed yet. */
	@Transactional(readOnly = true)
	public List<String> expertsToBill(YearMonth month) {
		return jdbc.queryForList("""
				select distinct expert_user from funding_consultation where held_on between ? and ? and statement_id is null order by 1""",
				String.class, month.atDay(1), month.atEndOfMonth());
	}

	/** The statements, newest first. */
	@Transactional(readOnly = true)
	public org.springframework.data.domain.Page<FeeStatement> statements(org.springframework.data.domain.Pageable pageable) {
		return statements.findAllByOrderByCreatedAtDesc(pageable);
	}

	/** The expert confirms their statement. */
	public FeeStatement confirm(String reference, String by) {
		FeeStatement statement = get(reference);
		statement.confirm(by);
		return statements.save(statement);
	}

	/** A coordinator checks it: the documentation of each pilot on it must be approved. */
	public FeeStatement check(String reference, String by) {
		FeeStatement statement = get(reference);
		List<String> undocumented = statement.items().stream().map(FeeStatement.Item::pilotReference).distinct()
				.filter(pilot -> !DOCUMENTED.contains(pilots.read(pilot, p -> p.phase()))).sorted().toList();
		statement.check(by, undocumented);
		return statements.save(statement);
	}

	/** Reminds the expert of a statement still waiting for their confirmation (nothing for one already confirmed). */
	public void remindToConfirm(String reference) {
		FeeStatement statement = get(reference);
		if (statement.status() != FeeStatement.Status.OPEN) {
			return;
		}
		experts.findByUserId(statement.expertUser()).filter(expert -> expert.email() != null).ifPresent(expert -> mails.queue(expert.email(),
				"Erinnerung: Honorarabrechnung " + statement.reference() + " bestätigen",
				MailOutbox.letter(expert.name(), "Ihre Honorarabrechnung " + statement.reference() + " für " + statement.monthLabel() + " über "
						+ de.kommunalpilot.platform.GermanNumbers.money(statement.total()) + " wartet seit "
						+ funding.terms().feeConfirmReminderDays() + " Tagen auf Ihre Bestätigung. Bitte bestätigen Sie sie in der Aufgabenliste"
						+ " innerhalb von " + (funding.terms().feeConfirmDays() - funding.terms().feeConfirmReminderDays())
						+ " Tagen; erst danach wird sie geprüft und gezahlt."),
				"fee-statement", statement.reference()));
	}

	/**
	 * The way back from „Rechnung prüfen“: the statement is given back with a reason, its consultations are free to be
	 * billed again (the statement keeps them as a record, marked returned), and the expert is told by mail.
	 */
	public FeeStatement giveBack(String reference, String by, String reason) {
		FeeStatement statement = get(reference);
		statement.giveBack(by, reason);
		statements.saveAndFlush(statement);
		jdbc.update("update funding_fee_item set returned = true where statement_id = ?", statement.id());
		jdbc.update("update funding_consultation set statement_id = null where statement_id = ?", statement.id());
		experts.findByUserId(statement.expertUser()).filter(expert -> expert.email() != null).ifPresent(expert -> mails.queue(expert.email(),
				"Honorarabrechnung " + statement.reference() + " zurückgegeben",
				MailOutbox.letter(expert.name(), "Ihre Honorarabrechnung " + statement.reference() + " für " + statement.monthLabel()
						+ " wurde bei der Prüfung zurückgegeben. Grund:\n\n" + statement.returnReason()
						+ "\n\nDie Beratungsstunden werden wieder frei und mit einer späteren Abrechnung neu abgerechnet."),
				"fee-statement", statement.reference()));
		return statement;
	}

	/**
	 * A lead approves; once fully approved, the fee is booked (committed) on the fee line of the open funding period the
	 * month's last day (or today, for the running month) falls in — none open for it is a conflict, and nothing is approved.
	 */
	public FeeStatement approve(String reference, String by) {
		FeeStatement statement = get(reference);
		if (statement.approve(by, funding.terms().secondApprovalAbove())) {
			// the receipt's date: the month's last day, or today for a statement of the running month
			LocalDate today = LocalDate.now(GermanDates.ZONE);
			LocalDate lastDay = statement.month().atEndOfMonth().isAfter(today) ? today : statement.month().atEndOfMonth();
			FundingPeriod period = funding.periodOf(lastDay).orElseThrow(() -> new ConflictException(
					"Für " + statement.monthLabel() + " gibt es keinen offenen Förderzeitraum; das Honorar lässt sich nicht buchen."));
			Expenditure expenditure = funding.book(period.reference(), Expenditure.Kind.FEE, new Funding.Booking(funding.terms().feeLine(), lastDay,
					statement.expertName(), "Honorar " + statement.monthLabel() + " (" + statement.reference() + ")", statement.total(), null), by);
			statement.booked(expenditure.id());
		}
		return statements.save(statement);
	}

	/** The payment was instructed: recorded on the booked expenditure. */
	public FeeStatement pay(String reference, LocalDate paidOn, String paymentReference, String by) {
		FeeStatement statement = get(reference);
		if (statement.expenditureId() == null) {
			throw new ConflictException("Diese Honorarabrechnung ist " + statement.status().label() + " und noch nicht zur Zahlung freigegeben.");
		}
		funding.pay(statement.expenditureId(), paidOn, paymentReference, by);
		statement.paid();
		return statements.save(statement);
	}

	@Transactional(readOnly = true)
	public FeeStatement get(String reference) {
		return statements.findByReference(reference)
				.orElseThrow(() -> new NoSuchElementException("Keine Honorarabrechnung " + reference + "."));
	}

	@Transactional(readOnly = true)
	public List<FeeStatement> of(String expertUser) {
		return statements.findByExpertUserOrderByMonthDesc(expertUser);
	}

	/** The hours of an expert not billed yet, for a month. */
	@Transactional(readOnly = true)
	public BigDecimal unbilledHours(String expertUser, YearMonth month) {
		return jdbc.queryForObject("""
				select coalesce(sum(hours), 0) from funding_consultation
				where expert_user = ? and held_on between ? and ? and statement_id is null""", BigDecimal.class, expertUser, month.atDay(1),
				month.atEndOfMonth());
	}
}
