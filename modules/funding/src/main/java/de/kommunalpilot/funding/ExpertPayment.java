package de.kommunalpilot.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.AbstractAggregateRoot;

import de.kommunalpilot.platform.FormFields;
import de.kommunalpilot.platform.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What an expert is paid on — a fee statement or a travel claim: its reference, the expert, the total, the four eyes
 * on it ({@link Approvals}), the way back with a reason, and the expenditure it was booked as.
 */
@MappedSuperclass
public abstract class ExpertPayment<A extends ExpertPayment<A>> extends AbstractAggregateRoot<A> {

	public static final int RETURN_REASON_MAX = 1000;

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String reference;

	@Column(name = "expert_user", nullable = false)
	private String expertUser;

	@Column(name = "expert_name", nullable = false)
	private String expertName;

	@Column(nullable = false)
	private BigDecimal total;

	@Embedded
	private Approvals approvals = new Approvals();

	@Column(name = "returned_by")
	private String returnedBy;

	@Column(name = "return_reason")
	private String returnReason;

	@Column(name = "expenditure_id")
	private UUID expenditureId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ExpertPayment() {
	}

	protected ExpertPayment(String reference, String expertUser, String expertName) {
		this.id = UUID.randomUUID();
		this.reference = reference;
		this.expertUser = expertUser;
		this.expertName = expertName;
		this.createdAt = Instant.now();
	}

	protected void total(BigDecimal total) {
		this.total = total;
	}

	/** Records who gave it back and why; the reason is required. */
	protected void recordReturn(String by, String reason) {
		InvalidInputException.Collector violations = new InvalidInputException.Collector();
		FormFields.requiredText(violations, "returnReason", reason, RETURN_REASON_MAX, "den Grund");
		violations.throwIfAny();
		returnedBy = by;
		returnReason = reason.strip();
	}

	protected void recordExpenditure(UUID expenditure) {
		expenditureId = expenditure;
	}

	public UUID id() {
		return id;
	}

	public String reference() {
		return reference;
	}

	public String expertUser() {
		return expertUser;
	}

	public String expertName() {
		return expertName;
	}

	public BigDecimal total() {
		return total;
	}

	/** Who checked and approved (never null: the columns are read as no embeddable while all are empty). */
	public Approvals approvals() {
		if (approvals == null) {
			approvals = new Approvals();
		}
		return approvals;
	}

	/** Whether a first lead approved and a second one still has to. */
	public boolean awaitsSecondApproval() {
		return approvals().awaitsSecond();
	}

	public String returnReason() {
		return returnReason;
	}

	public UUID expenditureId() {
		return expenditureId;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
