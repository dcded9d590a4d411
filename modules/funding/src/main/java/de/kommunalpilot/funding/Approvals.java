package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.Instant;

import de.kommunalpilot.platform.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The four eyes on a payment, the one home of that rule for fee statements and travel claims: a coordinator checks; a
 * lead approves who did not check; above the terms' threshold ({@code secondApprovalAbove}) a second lead approves who
 * is neither the first nor the checker. The tables repeat the rule as a constraint.
 */
@Embeddable
public class Approvals {

	@Column(name = "checked_by")
	private String checkedBy;

	@Column(name = "first_approved_by")
	private String firstApprovedBy;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "approved_at")
	private Instant approvedAt;

	void checked(String by) {
		checkedBy = by;
	}

	/**
	 * A lead's approval of {@code amount}; returns whether the payment is now fully approved (false: a second lead must
	 * approve as well).
	 */
	boolean approve(String by, BigDecimal amount, BigDecimal secondApprovalAbove) {
		if (checkedBy == null || approvedBy != null) {
			throw new ConflictException(approvedBy != null ? "Diese Zahlung ist bereits freigegeben." : "Die Rechnung ist noch nicht geprüft.");
		}
		if (by.equals(checkedBy)) {
			throw new ConflictException("Vier-Augen-Prinzip: Wer die Rechnung geprüft hat, gibt die Zahlung nicht frei.");
		}
		if (firstApprovedBy != null && by.equals(firstApprovedBy)) {
			throw new ConflictException("Vier-Augen-Prinzip: Die zweite Freigabe gibt eine andere Person als die erste.");
		}
		if (firstApprovedBy == null && amount.compareTo(secondApprovalAbove) > 0) {
			firstApprovedBy = by;
			return false;
		}
		approvedBy = by;
		approvedAt = Instant.now();
		return true;
	}

	/** Whether a first lead approved and a second one still has to. */
	public boolean awaitsSecond() {
		return firstApprovedBy != null && approvedBy == null;
	}

	public String checkedBy() {
		return checkedBy;
	}

	public String firstApprovedBy() {
		return firstApprovedBy;
	}

	public String approvedBy() {
		return approvedBy;
	}

	public Instant approvedAt() {
		return approvedAt;
	}
}
